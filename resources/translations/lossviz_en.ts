<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
