<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MistakesView</name>
    <message numerus="yes">
        <source>Label %1, answered %2: %n digit(s), worst first by %3.</source>
        <translation>
            <numerusform>Label %1, answered %2: %n digit, worst first by %3.</numerusform>
            <numerusform>Label %1, answered %2: %n digits, worst first by %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message numerus="yes">
        <source>784-%1-10 network, %2 · learning rate %3 · batch %4 · %n epoch(s) · seed %5</source>
        <translation>
            <numerusform>784-%1-10 network, %2 · learning rate %3 · batch %4 · %n epoch · seed %5</numerusform>
            <numerusform>784-%1-10 network, %2 · learning rate %3 · batch %4 · %n epochs · seed %5</numerusform>
        </translation>
    </message>
</context>
</TS>
