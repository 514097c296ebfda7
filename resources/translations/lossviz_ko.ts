<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AccuracyPlot</name>
    <message>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <source>Accuracy: validation ●—, training - - -</source>
        <translation>정확도: 검증 ●—, 훈련 - - -</translation>
    </message>
    <message>
        <source>Validation ●—, training - - -</source>
        <translation>검증 ●—, 훈련 - - -</translation>
    </message>
    <message>
        <source>Validation ●—&lt;br&gt;training - - -</source>
        <translation>검증 ●—&lt;br&gt;훈련 - - -</translation>
    </message>
    <message>
        <source>The share of digits the network gets right after each epoch.
Dashed: on the training images it learns from. Solid with dots: on validation images it never trains on,
the honest measure. A widening gap between the two means it is memorising instead of learning.</source>
        <translation>각 에폭이 끝난 뒤 신경망이 맞힌 숫자의 비율입니다.
점선: 학습에 쓰는 훈련 이미지에서의 값. 점이 있는 실선: 학습에 쓰지 않는 검증 이미지에서의 값으로,
이것이 진짜 실력입니다. 두 선의 간격이 벌어지면 학습이 아니라 암기를 하고 있다는 뜻입니다.</translation>
    </message>
</context>
<context>
    <name>AdvancedStrip</name>
    <message>
        <source>Temperature T</source>
        <translation>온도 T</translation>
    </message>
    <message>
        <source>Label smoothing ε</source>
        <translation>레이블 스무딩 ε</translation>
    </message>
    <message>
        <source>Softmax temperature T</source>
        <translation>소프트맥스 온도 T</translation>
    </message>
    <message>
        <source>Focal loss γ</source>
        <translation>포컬 손실의 γ</translation>
    </message>
    <message>
        <source>y = softmax(z / T): above 1 flattens y, below 1 sharpens it; every gradient carries a factor 1/T. %1 = off.</source>
        <translation>y = 소프트맥스(z / T): 1보다 크면 y가 평평해지고, 1보다 작으면 뾰족해집니다. 모든 기울기에 1/T이 곱해집니다. %1 = 끔.</translation>
    </message>
    <message>
        <source>t = (1 − ε)·onehot + ε/K: the correct class gets 1 − ε + ε/K and every other class ε/K. %1 = off.</source>
        <translation>t = (1 − ε)·(원-핫) + ε/K: 정답 클래스는 1 − ε + ε/K, 나머지 클래스는 각각 ε/K이 됩니다. %1 = 끔.</translation>
    </message>
    <message>
        <source>The focal loss&apos;s γ, from 0 to 5: the factor (1 − y)^γ turns down the loss of classes already right; γ = 0 is cross-entropy</source>
        <translation>포컬 손실의 γ (0에서 5): 계수 (1 − y)^γ이 이미 맞힌 클래스의 손실을 줄입니다. γ = 0이면 교차 엔트로피입니다</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>KL 발산</translation>
    </message>
    <message>
        <source>Focal loss</source>
        <translation>포컬 손실</translation>
    </message>
    <message>
        <source>Multi-class hinge</source>
        <translation>다중 클래스 힌지 손실</translation>
    </message>
    <message>
        <source>Σ t log(t / y) = cross-entropy − H(t): with label smoothing, what of the cross-entropy the network can still reduce</source>
        <translation>Σ t log(t / y) = 교차 엔트로피 − H(t): 레이블 스무딩을 쓸 때, 교차 엔트로피 중 네트워크가 아직 줄일 수 있는 부분</translation>
    </message>
    <message>
        <source>Σ over the wrong classes of max(0, zⱼ − z_label + 1), on the logits (CS231n&apos;s multiclass SVM loss)</source>
        <translation>오답 클래스들에 대한 max(0, zⱼ − (정답 클래스의 z) + 1)의 합. 로짓에 대한 손실입니다 (다중 클래스 서포트 벡터 머신의 손실)</translation>
    </message>
    <message>
        <source>For the softmax of several classes only</source>
        <translation>여러 클래스의 소프트맥스에서만</translation>
    </message>
</context>
<context>
    <name>ClassSliderPanel</name>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Logit z</source>
        <translation>로짓 z</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Probability p</source>
        <translation>확률 p</translation>
    </message>
    <message>
        <source>Probability y</source>
        <translation>확률 y</translation>
    </message>
    <message>
        <source>Logit of the sigmoid output</source>
        <translation>시그모이드 출력의 로짓</translation>
    </message>
    <message>
        <source>Logit of class %1</source>
        <translation>클래스 %1의 로짓</translation>
    </message>
</context>
<context>
    <name>ConfusionModel</name>
    <message>
        <source>True digit %1, the network answered %2: %3 of the %4 digits %1 (%5%)</source>
        <translation>정답 %1, 네트워크의 답 %2: %1 %4개 중 %3개 (%5%)</translation>
    </message>
    <message>
        <source>True digit %1</source>
        <translation>정답 %1</translation>
    </message>
    <message>
        <source>The network answered %1</source>
        <translation>네트워크의 답 %1</translation>
    </message>
</context>
<context>
    <name>CoveredForRegression</name>
    <message>
        <source>The regression example has no classes or probabilities: its outputs ŷ, targets y and squared differences are in the Worked example table.</source>
        <translation>회귀 예시에는 클래스도 확률도 없습니다: 출력 ŷ, 실제값 y, 차이의 제곱은 계산 예시 표에 있습니다.</translation>
    </message>
</context>
<context>
    <name>DataSourceRow</name>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>훈련 데이터</translation>
    </message>
    <message>
        <source>Bundled subset (5,000 images)</source>
        <translation>내장 부분 집합 (5,000장)</translation>
    </message>
    <message>
        <source>Full MNIST (70,000 images)</source>
        <translation>전체 MNIST (70,000장)</translation>
    </message>
    <message>
        <source>Download full MNIST…</source>
        <translation>전체 MNIST 다운로드…</translation>
    </message>
    <message>
        <source>Fetch the four MNIST files (11 MB) and check each against its published checksum</source>
        <translation>MNIST 파일 4개(11 MB)를 받아 각각 공개된 체크섬으로 확인합니다</translation>
    </message>
    <message>
        <source>Open IDX folder…</source>
        <translation>IDX 폴더 열기…</translation>
    </message>
    <message>
        <source>Train on a folder of IDX files: MNIST, Fashion-MNIST, or any 28 × 28 images in 10 classes</source>
        <translation>IDX 파일 폴더로 학습합니다: MNIST, Fashion-MNIST, 또는 10개 클래스의 28 × 28 이미지</translation>
    </message>
    <message>
        <source>Downloading MNIST… %p%</source>
        <translation>MNIST 다운로드 중… %p%</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>다운로드 취소</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>폴더: %1</translation>
    </message>
    <message>
        <source>Folder of IDX files</source>
        <translation>IDX 파일 폴더</translation>
    </message>
</context>
<context>
    <name>DerivationPanel</name>
    <message>
        <source>z%1, the correct class</source>
        <translation>z%1 (정답 클래스)</translation>
    </message>
    <message>
        <source>The gradient ∂E/∂z step by step</source>
        <translation>기울기 ∂E/∂z의 유도</translation>
    </message>
    <message>
        <source>Gradient ∂E/∂zₖ of the logit</source>
        <translation>기울기 ∂E/∂zₖ를 구할 로짓</translation>
    </message>
    <message>
        <source>Cross-entropy error</source>
        <translation>교차 엔트로피 오차</translation>
    </message>
    <message>
        <source>Sum of squared error</source>
        <translation>오차제곱합</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>이진 교차 엔트로피</translation>
    </message>
    <message>
        <source>Squared error</source>
        <translation>제곱 오차</translation>
    </message>
    <message>
        <source>No room for both side by side: one loss at a time. Both share the factors yⱼ(δⱼₖ − yₖ).</source>
        <translation>둘을 나란히 놓을 폭이 없어 손실을 하나씩 보여 줍니다. 둘 다 같은 인수 yⱼ(δⱼₖ − yₖ)를 씁니다.</translation>
    </message>
    <message>
        <source>Both go through the same factor p(1 − p), at most ¼. Binary cross-entropy&apos;s ∂E/∂p cancels it, so its gradient stays p − t; the squared error keeps it, so its gradient fades as p nears 0 or 1.</source>
        <translation>둘 다 같은 인수 p(1 − p) (최대 ¼)를 거칩니다. 이진 교차 엔트로피에서는 ∂E/∂p가 이 인수를 상쇄하므로 기울기가 p − t 그대로입니다. 제곱 오차에서는 인수가 남으므로 p가 0이나 1에 가까워지면 기울기가 사라집니다.</translation>
    </message>
    <message>
        <source>Both sums take the same factors yⱼ(δⱼₖ − yₖ), each at most ¼ in size (δⱼₖ is 1 where j = k, else 0; not the δ = 10⁻⁷ inside the log). Cross-entropy&apos;s −tⱼ / yⱼ cancels their yⱼ, so its gradient stays yₖ − tₖ however saturated y is; the squared error&apos;s yⱼ − tⱼ does not, so its gradient fades with the factors.</source>
        <translation>두 합 모두 같은 인수 yⱼ(δⱼₖ − yₖ)를 쓰며, 각각 크기가 ¼ 이하입니다 (δⱼₖ는 j = k일 때 1, 아니면 0이며, log 안의 δ = 10⁻⁷과는 다릅니다). 교차 엔트로피에서는 −tⱼ / yⱼ가 인수의 yⱼ를 상쇄하므로 y가 아무리 포화되어도 기울기는 yₖ − tₖ 그대로입니다. 오차제곱합의 yⱼ − tⱼ는 상쇄하지 않으므로 기울기가 인수와 함께 사라집니다.</translation>
    </message>
    <message>
        <source>No logits: these probabilities were typed in. The formulas are applied to y as written, as the gradient plot does.</source>
        <translation>로짓이 없습니다: 이 확률은 직접 입력한 값입니다. 기울기 그래프와 마찬가지로, 입력한 y에 그대로 식을 적용합니다.</translation>
    </message>
</context>
<context>
    <name>DigitView</name>
    <message>
        <source>Validation digit</source>
        <translation>검증용 숫자</translation>
    </message>
    <message>
        <source>Validation digit number</source>
        <translation>검증용 숫자 번호</translation>
    </message>
    <message>
        <source>Previous validation digit</source>
        <translation>이전 검증용 숫자</translation>
    </message>
    <message>
        <source>Next validation digit</source>
        <translation>다음 검증용 숫자</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>Show this digit in the loss explorer</source>
        <translation>이 숫자를 탐색기에 표시</translation>
    </message>
    <message>
        <source>The network&apos;s output logits for this digit drive the explorer&apos;s sliders, plots and losses, with the digit&apos;s label as the correct class.</source>
        <translation>이 숫자에 대한 네트워크의 출력 로짓이 탐색기의 슬라이더, 그래프, 손실을 움직입니다. 숫자의 레이블이 정답 클래스입니다.</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>right</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>오답</translation>
    </message>
    <message>
        <source>Label &lt;b&gt;%1&lt;/b&gt; · the network says &lt;b&gt;%2&lt;/b&gt; (&lt;span style=&apos;color:%3&apos;&gt;%4&lt;/span&gt;)&lt;br&gt;y&lt;sub&gt;%1&lt;/sub&gt; = %5 · cross-entropy −log y&lt;sub&gt;%1&lt;/sub&gt; = %6</source>
        <translation>레이블 &lt;b&gt;%1&lt;/b&gt; · 신경망의 답 &lt;b&gt;%2&lt;/b&gt; (&lt;span style=&apos;color:%3&apos;&gt;%4&lt;/span&gt;)&lt;br&gt;y&lt;sub&gt;%1&lt;/sub&gt; = %5 · 교차 엔트로피 −log y&lt;sub&gt;%1&lt;/sub&gt; = %6</translation>
    </message>
</context>
<context>
    <name>DrawPad</name>
    <message>
        <source>Draw a digit, choose what it should be, and see each loss judge it</source>
        <translation>숫자를 그리고 정답을 골라 각 손실 함수의 판정을 보기</translation>
    </message>
    <message>
        <source>Drawing pad</source>
        <translation>그리기 패드</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger.</source>
        <translation>마우스, 펜 또는 손가락으로 숫자를 그리세요.</translation>
    </message>
    <message>
        <source>What the network sees (28 × 28):</source>
        <translation>네트워크가 보는 이미지 (28 × 28):</translation>
    </message>
    <message>
        <source>The drawing as the network sees it, 28 by 28 pixels</source>
        <translation>네트워크가 보는 그림 (28 × 28 픽셀)</translation>
    </message>
    <message>
        <source>It should be:</source>
        <translation>정답:</translation>
    </message>
    <message>
        <source>It should be %1</source>
        <translation>정답은 %1</translation>
    </message>
    <message>
        <source>Show the drawing in the loss explorer</source>
        <translation>그린 숫자를 손실 탐색기에 표시</translation>
    </message>
    <message>
        <source>The network&apos;s output logits for the drawing drive the explorer&apos;s sliders, plots and losses, with the digit it should be as the correct class.</source>
        <translation>그린 숫자에 대한 네트워크의 출력 로짓이 탐색기의 슬라이더, 그래프, 손실을 움직입니다. 고른 정답이 정답 클래스가 됩니다.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>One step</source>
        <translation>한 스텝</translation>
    </message>
    <message>
        <source>One step of gradient descent on this drawing alone, with each loss, from copies of the network (the network itself does not change).</source>
        <translation>이 그림 하나로 각 손실 함수에 대해 경사 하강법을 한 스텝 실행합니다 (네트워크의 복사본으로 하며 네트워크 자체는 바뀌지 않습니다).</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Draw a digit on the pad.</source>
        <translation>패드에 숫자를 그리세요.</translation>
    </message>
    <message>
        <source>The network says &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>네트워크의 답 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;One step&lt;/i&gt; shows how far one step of gradient descent with each loss moves y of the digit it should be.</source>
        <translation>&lt;i&gt;한 스텝&lt;/i&gt;: 각 손실 함수로 경사 하강법을 한 스텝 실행하면 정답 숫자의 y가 얼마나 움직이는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>One step on this drawing as a %1, learning rate %2:</source>
        <translation>이 그림을 %1(으)로 한 스텝 (학습률 %2):</translation>
    </message>
</context>
<context>
    <name>ExperimentNotes</name>
    <message>
        <source>Press Train: two networks start from the same weights and learn from the very same batches, one with cross-entropy, the other with squared error.</source>
        <translation>‘학습’을 누르면 같은 가중치에서 시작한 두 신경망이 똑같은 배치로 학습합니다. 하나는 교차 엔트로피로, 다른 하나는 오차제곱합으로.</translation>
    </message>
    <message>
        <source>Plateau: the squared error&apos;s network is stuck at %1 validation accuracy, its gradient at the outputs %2 times smaller than cross-entropy&apos;s. Why: through the softmax its gradient carries the factors yⱼ(δⱼₖ − yₖ), which vanish when y saturates near 0 or 1, while cross-entropy&apos;s gradient y − t stays large exactly when the answer is wrong.</source>
        <translation>정체(플래토): 오차제곱합 신경망은 검증 정확도 %1에 멈춰 있고, 출력에서의 기울기는 교차 엔트로피의 %2분의 1입니다. 이유: 그 기울기는 소프트맥스를 거치며 yⱼ(δⱼₖ − yₖ) 인자를 갖는데, y가 0이나 1 근처에서 포화되면 이 인자가 사라집니다. 교차 엔트로피의 기울기 y − t는 답이 틀렸을 때일수록 크게 남습니다.</translation>
    </message>
    <message>
        <source>The plateau ended at epoch %1: the squared error&apos;s softmax is no longer saturated, so its gradient has grown and its network learns (now %2 validation accuracy).</source>
        <translation>정체는 에폭 %1에서 끝났습니다: 오차제곱합의 소프트맥스는 더 이상 포화되지 않아 기울기가 커졌고 신경망이 학습합니다(현재 검증 정확도 %2).</translation>
    </message>
    <message>
        <source>No plateau: neither network&apos;s softmax is saturated, so both losses give gradients large enough to learn. Start confidently wrong to see the difference.</source>
        <translation>정체 없음: 어느 신경망의 소프트맥스도 포화되지 않아 두 손실 모두 학습에 충분한 기울기를 줍니다. 차이를 보려면 ‘확신에 찬 오답에서 시작’을 고르세요.</translation>
    </message>
    <message>
        <source>Why cross-entropy? The same network, the same data, two losses.</source>
        <translation>왜 교차 엔트로피인가? 같은 신경망, 같은 데이터, 두 손실 함수.</translation>
    </message>
    <message>
        <source>Started confidently wrong (one output&apos;s bias raised by 12)</source>
        <translation>확신에 찬 오답에서 시작(출력 하나의 편향을 12 올림)</translation>
    </message>
    <message>
        <source>Started as initialised</source>
        <translation>초기화한 그대로 시작</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: batch %2 of %3, validation accuracy %4 at the start</source>
        <translation>%1: 배치 %2 / %3, 시작 시 검증 정확도 %4</translation>
    </message>
    <message>
        <source>; now %1</source>
        <translation>; 현재 %1</translation>
    </message>
    <message>
        <source> (finished)</source>
        <translation> (종료)</translation>
    </message>
    <message>
        <source>No loss explorer is connected to this view.</source>
        <translation>이 보기에는 손실 탐색기가 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Nothing to show yet: the digits&apos; outputs are recorded while the experiment runs (a lesson&apos;s curves do not keep them).</source>
        <translation>아직 보여 줄 것이 없습니다: 숫자에 대한 출력은 실험이 실행되는 동안 기록됩니다(레슨에 저장한 곡선에는 들어 있지 않습니다).</translation>
    </message>
    <message>
        <source>Click a moment on any curve to see this digit&apos;s output then, in the loss explorer, from the network whose curve you clicked.</source>
        <translation>곡선 위의 한 시점을 클릭하면, 클릭한 곡선의 신경망이 그 시점에 이 숫자에 낸 출력을 손실 탐색기에 보여 줍니다.</translation>
    </message>
    <message>
        <source>In the explorer: %1, as both networks answered at the start.</source>
        <translation>탐색기에 표시 중: %1, 시작 시 두 신경망의 답.</translation>
    </message>
    <message>
        <source>In the explorer: %1, as the %2 network answered after batch %3 (epoch %4). Moving anything in the explorer lets go.</source>
        <translation>탐색기에 표시 중: %1, %2 신경망의 배치 %3(에폭 %4) 후의 답. 탐색기에서 무엇이든 움직이면 해제됩니다.</translation>
    </message>
</context>
<context>
    <name>ExperimentView</name>
    <message>
        <source>Start confidently wrong</source>
        <translation>확신에 찬 오답에서 시작</translation>
    </message>
    <message>
        <source>Start as initialised</source>
        <translation>초기화한 그대로 시작</translation>
    </message>
    <message>
        <source>Confidently wrong: one output&apos;s bias is raised by 12, so both networks call every digit that class
with y ≈ 1 before training. As initialised: the networks as their random start leaves them.</source>
        <translation>확신에 찬 오답: 출력 하나의 편향을 12 올리므로, 학습 전의 두 신경망은 모든 숫자를 그 클래스라고
y ≈ 1로 답합니다. 초기화한 그대로: 무작위 초깃값 그대로의 신경망.</translation>
    </message>
    <message>
        <source>How the two networks start</source>
        <translation>두 신경망의 시작 상태</translation>
    </message>
    <message>
        <source>Digit for the explorer:</source>
        <translation>탐색기에 보여 줄 숫자:</translation>
    </message>
    <message>
        <source>Validation digit shown in the explorer</source>
        <translation>탐색기에 보여 줄 검증용 숫자</translation>
    </message>
    <message>
        <source>a %1 (validation image %2)</source>
        <translation>%1 (검증 이미지 %2)</translation>
    </message>
</context>
<context>
    <name>ExplorerLink</name>
    <message>
        <source>In the explorer the logits are shifted by %1 to fit the sliders: softmax and the losses are the same for any shift.</source>
        <translation>탐색기에서는 슬라이더 범위에 맞추려고 로짓을 %1만큼 옮겼습니다. 소프트맥스와 손실은 얼마나 옮겨도 같습니다.</translation>
    </message>
    <message>
        <source>The logits span %1, more than the sliders&apos; %2: the sliders show them shifted by %3 and cut at %4; the losses use the network&apos;s exact probabilities, so “from logits” is n/a.</source>
        <translation>로짓의 폭이 %1로 슬라이더의 폭 %2보다 큽니다. 슬라이더는 %3만큼 옮기고 %4에서 자른 값을 보여 줍니다. 손실은 네트워크의 정확한 확률로 계산하므로 ‘로짓으로 계산한 교차 엔트로피’는 없음입니다.</translation>
    </message>
</context>
<context>
    <name>ExplorerToolbar</name>
    <message>
        <source>Explorer</source>
        <translation>탐색기</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>클래스 수</translation>
    </message>
    <message>
        <source>Correct class</source>
        <translation>정답 클래스</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>예시</translation>
    </message>
    <message>
        <source>Several classes (softmax)</source>
        <translation>다중 클래스 (소프트맥스)</translation>
    </message>
    <message>
        <source>Binary (sigmoid)</source>
        <translation>이진 (시그모이드)</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>클래스 수</translation>
    </message>
    <message>
        <source>Tutorial example</source>
        <translation>자료의 계산 예시</translation>
    </message>
    <message>
        <source>Choose a tutorial example…</source>
        <translation>자료의 계산 예시 선택…</translation>
    </message>
    <message>
        <source>0 (no)</source>
        <translation>0 (아니요)</translation>
    </message>
    <message>
        <source>1 (yes)</source>
        <translation>1 (예)</translation>
    </message>
</context>
<context>
    <name>ExplorerView</name>
    <message>
        <source>Worked example</source>
        <translation>계산 예시</translation>
    </message>
    <message>
        <source>Logit → sigmoid probability</source>
        <translation>로짓 → 시그모이드 확률</translation>
    </message>
    <message>
        <source>Logits → softmax probabilities</source>
        <translation>로짓 → 소프트맥스 확률</translation>
    </message>
    <message>
        <source>The tutorial prints its numbers at T = 1, ε = 0; the Losses use T = %1, ε = %2.</source>
        <translation>튜토리얼의 값은 T = 1, ε = 0일 때의 값입니다. 손실은 T = %1, ε = %2로 계산합니다.</translation>
    </message>
    <message>
        <source>Shown at T = 1, ε = 0, as the tutorial prints it: T = %1, ε = %2 were set back (Advanced sets them again).</source>
        <translation>튜토리얼과 같이 T = 1, ε = 0으로 표시합니다. T = %1, ε = %2는 되돌렸습니다(고급에서 다시 설정할 수 있습니다).</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export for slides</source>
        <translation>슬라이드용으로 내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Whole window…</source>
        <translation>창 전체…</translation>
    </message>
    <message>
        <source>Plot: output y against target t…</source>
        <translation>그래프: 출력 y와 정답 t…</translation>
    </message>
    <message>
        <source>Plot: loss of the correct class&apos;s y…</source>
        <translation>그래프: 정답 클래스 y의 손실…</translation>
    </message>
    <message>
        <source>Plot: gradients…</source>
        <translation>그래프: 기울기…</translation>
    </message>
    <message>
        <source>Plot: MNIST training loss…</source>
        <translation>그래프: MNIST 학습 손실…</translation>
    </message>
    <message>
        <source>Plot: MNIST accuracy…</source>
        <translation>그래프: MNIST 정확도…</translation>
    </message>
    <message>
        <source>Copy the numbers as text</source>
        <translation>수치를 텍스트로 복사</translation>
    </message>
    <message>
        <source>The output vector, the target and every loss, for a worksheet</source>
        <translation>출력 벡터, 정답, 모든 손실 (학습지용)</translation>
    </message>
    <message>
        <source>Export for slides</source>
        <translation>슬라이드용으로 내보내기</translation>
    </message>
    <message>
        <source>PNG image, 2× size (*.png);;SVG vector drawing (*.svg)</source>
        <translation>PNG 이미지, 2배 크기 (*.png);;SVG 벡터 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기에 실패했습니다</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <source>The numbers are on the clipboard.</source>
        <translation>수치를 클립보드에 복사했습니다.</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>%1 %2 · #%3</source>
        <translation>%1 %2 · %3위</translation>
    </message>
    <message>
        <source>Validation digit %1: label %2, the network answered %3. Cross-entropy %4 (worst-first rank %5), squared error %6 (worst-first rank %7).</source>
        <translation>검증용 숫자 %1: 레이블 %2, 네트워크의 답 %3. 교차 엔트로피 %4 (나쁜 순 %5위), 오차제곱합 %6 (나쁜 순 %7위).</translation>
    </message>
</context>
<context>
    <name>GradientPlot</name>
    <message>
        <source>the sigmoid&apos;s logit</source>
        <translation>시그모이드의 로짓</translation>
    </message>
    <message>
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>cross-entropy  y − t</source>
        <translation>교차 엔트로피  y − t</translation>
    </message>
    <message>
        <source>focal</source>
        <translation>포컬</translation>
    </message>
    <message>
        <source>hinge</source>
        <translation>힌지</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>오차제곱합</translation>
    </message>
    <message>
        <source>cross-entropy  p − t</source>
        <translation>교차 엔트로피  p − t</translation>
    </message>
    <message>
        <source>cross-entropy  (y − t)/T</source>
        <translation>교차 엔트로피  (y − t)/T</translation>
    </message>
    <message>
        <source>Gradient ∂E/∂z for each logit</source>
        <translation>각 로짓의 기울기 ∂E/∂z</translation>
    </message>
    <message>
        <source>Gradient ∂E/∂z for the logit</source>
        <translation>로짓의 기울기 ∂E/∂z</translation>
    </message>
    <message>
        <source>Gradient ∂E/∂z</source>
        <translation>기울기 ∂E/∂z</translation>
    </message>
    <message>
        <source>How each logit should move to lower the loss (gradient descent moves against these bars).
Cross-entropy with softmax: exactly y − t.
Squared error through the softmax: y·((y − t) − Σ y(y − t)), which fades when y is near 0 or 1.
At a temperature T, y = softmax(z / T) and every gradient carries a factor 1/T.
KL divergence&apos;s gradient is exactly cross-entropy&apos;s: they differ by H(t), which does not depend on z.
Typed values that do not sum to 1 come from no logits: then there is no gradient to draw.</source>
        <translation>손실을 줄이려면 각 로짓을 어느 쪽으로 움직여야 하는지 보여 줍니다 (경사 하강법은 이 막대의 반대 방향으로 움직입니다).
소프트맥스와 교차 엔트로피: 정확히 y − t.
소프트맥스를 거친 오차제곱합: y·((y − t) − Σ y(y − t)). y가 0이나 1에 가까우면 작아집니다.
온도 T에서는 y = 소프트맥스(z / T)이고, 모든 기울기에 1/T이 곱해집니다.
KL 발산의 기울기는 교차 엔트로피의 기울기와 똑같습니다: 둘의 차이 H(t)는 z와 상관없기 때문입니다.
합이 1이 아닌 입력값은 어떤 로짓에서도 나오지 않으므로 그릴 기울기가 없습니다.</translation>
    </message>
    <message>
        <source>For classification only: the regression example has nothing to draw here.</source>
        <translation>분류 전용입니다: 회귀 예시는 여기에 그릴 것이 없습니다.</translation>
    </message>
    <message>
        <source>∂E/∂z is not defined here: these typed values sum to %1, not 1, so no logits z give them. Renormalise them, or move a slider.</source>
        <translation>여기서는 ∂E/∂z가 정의되지 않습니다: 입력값의 합이 1이 아니라 %1이므로 이를 만드는 로짓 z가 없습니다. 정규화하거나 슬라이더를 움직이세요.</translation>
    </message>
    <message>
        <source>Mean |∂E/∂z|</source>
        <translation>|∂E/∂z| 평균</translation>
    </message>
    <message>
        <source>Mean |∂E/∂z| at the outputs</source>
        <translation>출력에서의 |∂E/∂z| 평균</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>mean |∂E/∂z| (log scale)</source>
        <translation>|∂E/∂z| 평균(로그 눈금)</translation>
    </message>
    <message>
        <source>How hard each loss pushes the output logits z: the mean of |∂E/∂z| over a batch&apos;s
digits and the 10 outputs, on a logarithmic axis (each line is ten times the one below).
Cross-entropy&apos;s gradient is y − t; squared error&apos;s passes through the softmax&apos;s
factors yⱼ(δⱼₖ − yₖ), which are nearly 0 when y is nearly 0 or 1.</source>
        <translation>각 손실이 출력 로짓 z를 얼마나 세게 미는지: 배치의 숫자들과 10개 출력에 걸친 |∂E/∂z|의 평균을
로그 축으로 보여 줍니다(눈금선이 하나 올라갈 때마다 10배).
교차 엔트로피의 기울기는 y − t, 오차제곱합의 기울기는 소프트맥스의
인자 yⱼ(δⱼₖ − yₖ)를 거치며, y가 0이나 1에 가까우면 거의 0이 됩니다.</translation>
    </message>
</context>
<context>
    <name>GuessBox</name>
    <message>
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>이진 교차 엔트로피</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>오차제곱합</translation>
    </message>
    <message>
        <source>Class&apos;s guess</source>
        <translation>학생들의 예상</translation>
    </message>
    <message>
        <source>e.g. 1.2</source>
        <translation>예: 1.2</translation>
    </message>
    <message>
        <source>Not a loss value: a number from 0 to 100</source>
        <translation>손실 값이 아닙니다: 0에서 100 사이의 수입니다</translation>
    </message>
    <message>
        <source>What the class called out, before you reveal (optional): the reveal starts from it</source>
        <translation>정답을 보여 주기 전에 학생들이 말한 예상(선택): 공개할 때 이 값에서 움직이기 시작합니다</translation>
    </message>
    <message>
        <source>Class&apos;s guess (%1):</source>
        <translation>학생들의 예상(%1):</translation>
    </message>
    <message>
        <source>The class guessed %1.</source>
        <translation>학생들의 예상: %1</translation>
    </message>
    <message>
        <source>The %1 is %2.</source>
        <translation>%1의 실제 값: %2</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LectureKeys</name>
    <message>
        <source>Raise the temperature T</source>
        <translation>온도 T 올리기</translation>
    </message>
    <message>
        <source>Lower the temperature T</source>
        <translation>온도 T 내리기</translation>
    </message>
    <message>
        <source>More label smoothing ε</source>
        <translation>레이블 스무딩 ε 늘리기</translation>
    </message>
    <message>
        <source>Less label smoothing ε</source>
        <translation>레이블 스무딩 ε 줄이기</translation>
    </message>
    <message>
        <source>Show or hide the Advanced strip</source>
        <translation>고급 설정 표시/숨기기</translation>
    </message>
    <message>
        <source>The temperature T, label smoothing ε and the more losses, under the Losses (A)</source>
        <translation>온도 T, 레이블 스무딩 ε, 추가 손실(손실 아래, A)</translation>
    </message>
    <message>
        <source>Correct class</source>
        <translation>정답 클래스</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>클래스 %1</translation>
    </message>
    <message>
        <source>Select the class above</source>
        <translation>위 클래스 선택</translation>
    </message>
    <message>
        <source>Select the class below</source>
        <translation>아래 클래스 선택</translation>
    </message>
    <message>
        <source>Raise the selected logit</source>
        <translation>선택한 로짓 올리기</translation>
    </message>
    <message>
        <source>Lower the selected logit</source>
        <translation>선택한 로짓 내리기</translation>
    </message>
    <message>
        <source>Next worked example</source>
        <translation>다음 계산 예시</translation>
    </message>
    <message>
        <source>Previous worked example</source>
        <translation>이전 계산 예시</translation>
    </message>
    <message>
        <source>There is no class %1: this example has %2 classes.</source>
        <translation>이 예시에는 클래스가 %2개뿐이라 클래스 %1을(를) 고를 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>LessonActions</name>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>수업 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save lesson</source>
        <translation>수업 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save lesson &amp;as…</source>
        <translation>다른 이름으로 수업 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Keep the trained network in saved lessons</source>
        <translation>학습된 신경망을 수업 파일에 포함</translation>
    </message>
    <message>
        <source>Save the MNIST network&apos;s weights with the lesson, so it opens trained</source>
        <translation>MNIST 신경망의 가중치를 수업 파일에 함께 저장하여 학습된 상태로 열 수 있게 합니다</translation>
    </message>
    <message>
        <source>LossViz lessons (*%1)</source>
        <translation>LossViz 수업 (*%1)</translation>
    </message>
    <message>
        <source>The lesson&apos;s data is not on this computer; the MNIST panel keeps its own.</source>
        <translation>수업의 데이터가 이 컴퓨터에 없습니다. MNIST 패널은 지금의 데이터를 그대로 사용합니다.</translation>
    </message>
    <message>
        <source>The lesson was not opened</source>
        <translation>수업을 열지 못했습니다</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>The lesson was not saved</source>
        <translation>수업을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1에 쓸 수 없었습니다: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>수업 열기</translation>
    </message>
    <message>
        <source>Save the lesson</source>
        <translation>수업 저장</translation>
    </message>
</context>
<context>
    <name>LogLossPlot</name>
    <message>
        <source>y of the correct class</source>
        <translation>정답 클래스의 y</translation>
    </message>
    <message>
        <source>For classification only: the regression example has nothing to draw here.</source>
        <translation>분류 전용입니다: 회귀 예시는 여기에 그릴 것이 없습니다.</translation>
    </message>
    <message>
        <source>The class guessed %1</source>
        <translation>학생들의 예상: %1</translation>
    </message>
    <message>
        <source>guess</source>
        <translation>예상</translation>
    </message>
    <message>
        <source>KL (= −log y)</source>
        <translation>KL (= −log y)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Blue: −log y, the cross-entropy when the correct class gets probability y.
Dashed: ½(1 − y)², that class&apos;s share of the squared error.
Near y = 0 (confidently wrong) cross-entropy grows without bound; squared error stays below ½.
The curve is −log y exactly; the read-out&apos;s −log(y + δ) stops near −log δ ≈ 16.1.
Grey dash-dot: the focal loss −(1 − y)^γ log y; dotted: KL divergence, which is −log y for a one-hot t.
With label smoothing the losses depend on every class&apos;s y: the curves are those of the one-hot target.</source>
        <translation>파란색: −log y. 정답 클래스의 확률이 y일 때의 교차 엔트로피입니다.
점선: ½(1 − y)². 오차제곱합 중 그 클래스의 몫입니다.
y = 0 근처(확신을 갖고 틀림)에서 교차 엔트로피는 한없이 커지지만, 오차제곱합은 ½ 아래에 머뭅니다.
곡선은 −log y 그대로입니다. 손실 칸의 −log(y + δ)는 −log δ ≈ 16.1 근처에서 멈춥니다.
회색 일점쇄선: 포컬 손실 −(1 − y)^γ log y. 점선: KL 발산 (원-핫 t이면 −log y).
레이블 스무딩을 쓰면 손실이 모든 클래스의 y에 따라 달라지므로, 이 곡선들은 원-핫 정답의 것입니다.</translation>
    </message>
    <message>
        <source>cross-entropy  −log y</source>
        <translation>교차 엔트로피  −log y</translation>
    </message>
    <message>
        <source>squared error  ½(1 − y)²</source>
        <translation>제곱 오차  ½(1 − y)²</translation>
    </message>
    <message>
        <source>−log y (one-hot t)</source>
        <translation>−log y (원-핫 t)</translation>
    </message>
    <message>
        <source>Loss of the correct class&apos;s y</source>
        <translation>정답 클래스 y에 대한 손실</translation>
    </message>
    <message>
        <source>Loss of its y</source>
        <translation>y의 손실</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
</context>
<context>
    <name>LossCurvePlot</name>
    <message>
        <source>The loss of every mini-batch as the network trains (thin), and its moving average (thick).
Going down means the network&apos;s answers are getting closer to the labels.
In compare mode: cross-entropy in blue, sum of squared error in vermillion, trained on the same batches;
each divided by its first batch&apos;s loss, as the two are on different scales. Which network learned more
is for the accuracy plot to say.</source>
        <translation>학습 중 미니배치마다의 손실(가는 선)과 그 이동 평균(굵은 선).
내려가면 네트워크의 답이 레이블에 가까워지고 있다는 뜻입니다.
비교 모드에서는 교차 엔트로피가 파랑, 오차제곱합이 주홍이며 같은 배치로 학습합니다.
둘은 척도가 달라서 각각 첫 배치의 손실로 나누어 그립니다. 어느 쪽이 더 잘 배웠는지는
정확도 그래프가 보여 줍니다.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>loss ÷ first batch&apos;s</source>
        <translation>손실 ÷ 첫 배치</translation>
    </message>
    <message>
        <source>Loss of each mini-batch</source>
        <translation>미니배치별 손실</translation>
    </message>
    <message>
        <source>Relative loss: %1</source>
        <translation>상대 손실: %1</translation>
    </message>
    <message>
        <source>Loss per batch: %1</source>
        <translation>배치별 손실: %1</translation>
    </message>
</context>
<context>
    <name>LossExplorerWindow</name>
    <message>
        <source>Losses</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Every loss of the output y against the target t, each with its formula. Cross-entropy looks only at the correct class&apos;s y; the squared error looks at every class. The tutorials&apos; worked examples (Example above) show the numbers the tutorials print beside the ones computed here.</source>
        <translation>출력 y와 정답 t로 구한 모든 손실과 그 식입니다. 교차 엔트로피는 정답 클래스의 y만 보지만, 오차제곱합은 모든 클래스를 봅니다. 자료의 계산 예시(위의 ‘예시’)는 자료에 실린 값과 여기서 계산한 값을 나란히 보여 줍니다.</translation>
    </message>
    <message>
        <source>Train on MNIST</source>
        <translation>MNIST로 학습</translation>
    </message>
    <message>
        <source>A small network learns to read handwritten digits by lowering one of these losses, a mini-batch at a time. Pick a digit to see the network&apos;s answer for it in the plots above.</source>
        <translation>작은 신경망이 이 손실 중 하나를 미니배치 단위로 줄여 가며 손글씨 숫자 읽기를 학습합니다. 숫자를 고르면 그 숫자에 대한 신경망의 답이 위의 그래프에 표시됩니다.</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>이 화면 보는 법</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LossViz %1&lt;/h3&gt;&lt;p&gt;See what a neural network&apos;s loss function measures: softmax outputs against a one-hot target, every loss with its formula, and a tiny network learning MNIST.&lt;/p&gt;&lt;p&gt;MNIST: Yann LeCun and Corinna Cortes, CC BY-SA 3.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LossViz %1&lt;/h3&gt;&lt;p&gt;신경망의 손실 함수가 무엇을 측정하는지 살펴봅니다: 원-핫 정답에 대한 소프트맥스 출력, 식이 함께 있는 모든 손실, 그리고 MNIST를 학습하는 작은 신경망.&lt;/p&gt;&lt;p&gt;MNIST: Yann LeCun, Corinna Cortes, CC BY-SA 3.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LossViz</source>
        <translation>LossViz 정보</translation>
    </message>
    <message>
        <source>LossViz %1 — what a loss function measures</source>
        <translation>LossViz %1 — 손실 함수는 무엇을 측정하는가</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>탐색기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About LossViz</source>
        <translation>LossViz 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Every logit back to 0: the uniform answer of an untrained network (Ctrl+R)</source>
        <translation>모든 로짓을 0으로 되돌립니다: 학습 전 신경망의 균등한 답입니다 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Train a network on MNIST</source>
        <translation>MNIST로 신경망 학습</translation>
    </message>
    <message>
        <source>Show or hide the panel that trains a network on MNIST (Ctrl+M)</source>
        <translation>MNIST로 신경망을 학습하는 패널 표시/숨기기 (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>LossReadout</name>
    <message>
        <source>Sum of squared error</source>
        <translation>오차제곱합</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>평균제곱오차</translation>
    </message>
    <message>
        <source>Cross-entropy error</source>
        <translation>교차 엔트로피 오차</translation>
    </message>
    <message>
        <source>Sparse cross-entropy</source>
        <translation>희소 교차 엔트로피</translation>
    </message>
    <message>
        <source>Cross-entropy from logits</source>
        <translation>로짓으로 계산한 교차 엔트로피</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>KL 발산</translation>
    </message>
    <message>
        <source>Focal loss</source>
        <translation>포컬 손실</translation>
    </message>
    <message>
        <source>Multi-class hinge</source>
        <translation>다중 클래스 힌지 손실</translation>
    </message>
    <message>
        <source>T = %1: y = softmax(z / %1)</source>
        <translation>T = %1: y = 소프트맥스(z / %1)</translation>
    </message>
    <message>
        <source>ε = %1: t = %2 for the correct class, %3 for the others</source>
        <translation>ε = %1: t는 정답 클래스 %2, 나머지 %3</translation>
    </message>
    <message>
        <source>A class index cannot be smoothed: with label smoothing ε &gt; 0, −log(y_label + δ) is no longer the cross-entropy of the target t. See “Cross-entropy error”.</source>
        <translation>클래스 번호는 스무딩할 수 없습니다: 레이블 스무딩 ε &gt; 0에서는 −log(y_label + δ)가 더 이상 정답 t의 교차 엔트로피가 아닙니다. “교차 엔트로피 오차”를 보세요.</translation>
    </message>
    <message>
        <source>No logits: these probabilities were typed in, and the hinge is a loss of the logits z. Move a slider, or type logits.</source>
        <translation>로짓이 없습니다: 이 확률은 입력된 값이고, 힌지 손실은 로짓 z의 손실입니다. 슬라이더를 움직이거나 로짓을 입력하세요.</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>이진 교차 엔트로피</translation>
    </message>
    <message>
        <source>Binary cross-entropy from logit</source>
        <translation>로짓으로 계산한 이진 교차 엔트로피</translation>
    </message>
    <message>
        <source>Squared error</source>
        <translation>제곱 오차</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <source>Advanced: temperature, label smoothing, more losses</source>
        <translation>고급: 온도, 레이블 스무딩, 더 많은 손실</translation>
    </message>
    <message>
        <source>The softmax&apos;s temperature T, label smoothing ε, and more losses: KL divergence, focal loss, the multi-class hinge, each with its formula, curve and gradient</source>
        <translation>소프트맥스 온도 T, 레이블 스무딩 ε, 더 많은 손실: KL 발산, 포컬 손실, 다중 클래스 힌지 손실 (각각 식, 곡선, 기울기와 함께)</translation>
    </message>
    <message>
        <source>KL = CE − H(t): the cross-entropy without δ, minus the target&apos;s entropy H(t) = −Σ t log t, which is 0 for a one-hot t and grows with label smoothing</source>
        <translation>KL = CE − H(t): δ 없는 교차 엔트로피에서 정답의 엔트로피 H(t) = −Σ t log t를 뺀 값. H(t)는 원-핫 t이면 0이고 레이블 스무딩으로 커집니다</translation>
    </message>
    <message>
        <source>δ = 10⁻⁷ keeps log(0) finite, as in the tutorials.</source>
        <translation>자료와 같이 δ = 10⁻⁷로 log(0)이 무한대가 되지 않게 합니다.</translation>
    </message>
    <message>
        <source>⚠ Near y = 0, δ = 10⁻⁷ caps −log(y + δ) at −log δ ≈ 16.1: the cross-entropy reads less than −log y, which the curve and “from logits” show without δ.</source>
        <translation>⚠ y = 0 근처에서는 δ = 10⁻⁷ 때문에 −log(y + δ)가 −log δ ≈ 16.1에서 멈춥니다: 교차 엔트로피는 곡선과 ‘로짓으로 계산한 교차 엔트로피’가 δ 없이 보여 주는 −log y보다 작습니다.</translation>
    </message>
    <message>
        <source>⚠ Near p = 0 or 1, p is clipped to [δ, 1 − δ], δ = 10⁻⁷, which caps the binary cross-entropy at −log δ ≈ 16.1; “from logit” shows it without the clip.</source>
        <translation>⚠ p가 0이나 1에 가까우면 p를 [δ, 1 − δ](δ = 10⁻⁷)로 자르므로 이진 교차 엔트로피는 −log δ ≈ 16.1에서 멈춥니다. ‘로짓으로 계산한 이진 교차 엔트로피’는 자르지 않은 값입니다.</translation>
    </message>
    <message>
        <source>The regression example has no classes: its losses are in the Worked example table. Move a slider to explore classification again.</source>
        <translation>회귀 예시에는 클래스가 없습니다: 그 손실은 계산 예시 표에 있습니다. 슬라이더를 움직이면 분류 화면으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>No logits: these probabilities were typed in. Move a slider to drive y from logits.</source>
        <translation>로짓이 없습니다: 이 확률은 직접 입력한 값입니다. 슬라이더를 움직이면 y를 로짓으로 계산합니다.</translation>
    </message>
    <message>
        <source>Label t = %1, sigmoid output p = %2</source>
        <translation>레이블 t = %1, 시그모이드 출력 p = %2</translation>
    </message>
    <message>
        <source>Correct class %1:  y%2 = %3   ·   Σ y = %4</source>
        <translation>정답 클래스 %1:  y%2 = %3   ·   Σ y = %4</translation>
    </message>
</context>
<context>
    <name>MistakesView</name>
    <message>
        <source>The network&apos;s mistakes</source>
        <translation>네트워크의 실수</translation>
    </message>
    <message>
        <source>Rows: the true digit · columns: the network&apos;s answer</source>
        <translation>행: 정답 숫자 · 열: 네트워크의 답</translation>
    </message>
    <message>
        <source>Shares of each row (%)</source>
        <translation>행별 비율 (%)</translation>
    </message>
    <message>
        <source>Confusion matrix of the validation digits</source>
        <translation>검증용 숫자의 혼동 행렬</translation>
    </message>
    <message>
        <source>Click a cell to see its digits.</source>
        <translation>칸을 클릭하면 그 숫자들을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Worst first by:</source>
        <translation>나쁜 순 기준:</translation>
    </message>
    <message>
        <source>All digits</source>
        <translation>모든 숫자</translation>
    </message>
    <message>
        <source>Validation digits</source>
        <translation>검증용 숫자</translation>
    </message>
    <message>
        <source>Click a digit to show the network&apos;s answer for it in the loss explorer.</source>
        <translation>숫자를 클릭하면 그에 대한 네트워크의 답을 손실 탐색기에 보여 줍니다.</translation>
    </message>
    <message>
        <source>The mistakes could not be worked out: %1</source>
        <translation>실수를 계산할 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>Train the network: after each epoch its answers on the validation digits are counted here.</source>
        <translation>네트워크를 학습시키세요. 에포크마다 검증용 숫자에 대한 답을 여기서 셉니다.</translation>
    </message>
    <message>
        <source>%1 validation digits: %2% right, %3 wrong.</source>
        <translation>검증용 숫자 %1개: 정답 %2%, 오답 %3개.</translation>
    </message>
    <message>
        <source>All %1 digits, worst first by %2; each also shows its rank by %3.</source>
        <translation>모든 숫자 %1개를 %2 기준 나쁜 순으로 표시; %3 기준 순위도 함께 표시.</translation>
    </message>
    <message numerus="yes">
        <source>Label %1, answered %2: %n digit(s), worst first by %3.</source>
        <translation>
            <numerusform>레이블 %1, 답 %2: %n개, %3 기준 나쁜 순.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MnistPanel</name>
    <message>
        <source>The learning rate must be a number such as 0.1, not “{text}”.</source>
        <translation>학습률은 0.1 같은 숫자여야 합니다(“{text}”은 안 됩니다).</translation>
    </message>
    <message>
        <source>The trained network from the lesson: press Train to train a new one.</source>
        <translation>수업 파일의 학습된 신경망입니다. &apos;학습&apos;을 누르면 새로 학습합니다.</translation>
    </message>
    <message>
        <source>Ready: press Train, or Step one batch.</source>
        <translation>준비 완료: ‘학습’ 또는 ‘1배치 진행’을 누르세요.</translation>
    </message>
</context>
<context>
    <name>NoteWindow</name>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>교사용 메모</translation>
    </message>
    <message>
        <source>A note for this slide, for your eyes only</source>
        <translation>이 슬라이드의 메모 (교사만 보는 것)</translation>
    </message>
</context>
<context>
    <name>OwnQuestionDialog</name>
    <message>
        <source>Your own question</source>
        <translation>직접 만드는 문제</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>문제:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>답:</translation>
    </message>
    <message>
        <source>Teacher&apos;s note:</source>
        <translation>교사용 메모:</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Presentation mode</source>
        <translation>발표 모드</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Full screen, large text and thick lines for a projector (F5; Esc leaves)</source>
        <translation>프로젝터용 전체 화면, 큰 글자, 굵은 선 (F5, Esc로 나가기)</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>발표 모드 나가기</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Actual size (100%)</source>
        <translation>실제 크기 (100%)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Light (for projectors)</source>
        <translation>밝게 (프로젝터용)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>배율 %1%</translation>
    </message>
</context>
<context>
    <name>ProbabilityEntry</name>
    <message>
        <source>Probability vector</source>
        <translation>확률 벡터</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Renormalise</source>
        <translation>다시 정규화</translation>
    </message>
    <message>
        <source>Divide every value by the sum, so that they sum to 1</source>
        <translation>합이 1이 되도록 모든 값을 합으로 나눕니다</translation>
    </message>
    <message>
        <source>Type the sigmoid output p (between 0 and 1):</source>
        <translation>시그모이드 출력 p 입력 (0에서 1 사이):</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>예: %1</translation>
    </message>
    <message>
        <source>⚠ The sliders reach from %1 to %2: %3. The losses use the logits the sliders show.</source>
        <translation>⚠ 슬라이더 범위는 %1에서 %2까지입니다: %3. 손실은 슬라이더가 보여 주는 로짓으로 계산됩니다.</translation>
    </message>
    <message>
        <source>Type probabilities or logits</source>
        <translation>확률 또는 로짓 입력</translation>
    </message>
    <message>
        <source>What the field reads: probabilities y (used as written), or logits z (put on the sliders)</source>
        <translation>입력란이 읽는 값: 확률 y (쓴 그대로 사용) 또는 로짓 z (슬라이더에 설정)</translation>
    </message>
    <message>
        <source>Logits</source>
        <translation>로짓</translation>
    </message>
    <message>
        <source>Type the sigmoid&apos;s logit z:</source>
        <translation>시그모이드의 로짓 z 입력:</translation>
    </message>
    <message>
        <source>Type or paste %1 logits:</source>
        <translation>로짓 %1개를 입력하거나 붙여 넣기:</translation>
    </message>
    <message>
        <source>Type or paste %1 probabilities:</source>
        <translation>확률 %1개를 입력하거나 붙여 넣기:</translation>
    </message>
    <message>
        <source>⚠ These values sum to %1, not 1. The losses are computed on them as written.</source>
        <translation>⚠ 이 값들의 합은 1이 아니라 %1입니다. 손실은 입력한 값 그대로 계산합니다.</translation>
    </message>
</context>
<context>
    <name>ProbabilityPlot</name>
    <message>
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>y (output)</source>
        <translation>y (출력)</translation>
    </message>
    <message>
        <source>y = softmax(z / %1)</source>
        <translation>y = 소프트맥스(z / %1)</translation>
    </message>
    <message>
        <source>t (one-hot target)</source>
        <translation>t (원-핫 정답)</translation>
    </message>
    <message>
        <source>t (smoothed, ε = %1)</source>
        <translation>t (스무딩, ε = %1)</translation>
    </message>
    <message>
        <source>Blue bars: the network&apos;s output y for each class.
Orange diamonds: the target t, 1 for the correct class and 0 elsewhere.</source>
        <translation>파란 막대: 각 클래스에 대한 신경망의 출력 y.
주황 마름모: 정답 t. 정답 클래스는 1, 나머지는 0.</translation>
    </message>
    <message>
        <source>Output y against target t</source>
        <translation>출력 y와 정답 t</translation>
    </message>
    <message>
        <source>y against t</source>
        <translation>y와 t</translation>
    </message>
</context>
<context>
    <name>QuizBar</name>
    <message>
        <source>Quiz</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>슬라이드</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>What do you expect? Guess, then reveal.</source>
        <translation>어떻게 될까요? 예상한 다음 답을 확인해 봅시다.</translation>
    </message>
</context>
<context>
    <name>QuizMode</name>
    <message>
        <source>This is the last slide.</source>
        <translation>마지막 슬라이드입니다.</translation>
    </message>
    <message>
        <source>This is the first slide.</source>
        <translation>첫 번째 슬라이드입니다.</translation>
    </message>
    <message>
        <source>Slide %1 of %2 added</source>
        <translation>슬라이드 %1 / %2를 추가했습니다</translation>
    </message>
    <message>
        <source>Loss values</source>
        <translation>손실 값</translation>
    </message>
    <message>
        <source>Plot: output y against target t</source>
        <translation>그래프: 출력 y와 정답 t</translation>
    </message>
    <message>
        <source>Plot: loss of the correct class&apos;s y</source>
        <translation>그래프: 정답 클래스 y에 대한 손실</translation>
    </message>
    <message>
        <source>Plot: gradients</source>
        <translation>그래프: 기울기</translation>
    </message>
    <message>
        <source>The network&apos;s answer for the validation digit</source>
        <translation>검증용 숫자에 대한 네트워크의 답</translation>
    </message>
    <message>
        <source>The network&apos;s answer for the drawing</source>
        <translation>그린 숫자에 대한 신경망의 답</translation>
    </message>
    <message>
        <source>Quiz mode</source>
        <translation>퀴즈 모드</translation>
    </message>
    <message>
        <source>Hide the chosen parts while the class guesses, then reveal them (F7)</source>
        <translation>고른 부분을 가리고 예상하게 한 뒤 보여 줍니다 (F7)</translation>
    </message>
    <message>
        <source>Hide in quiz mode</source>
        <translation>퀴즈 모드에서 가릴 것</translation>
    </message>
    <message>
        <source>Reveal the next part, then the next slide</source>
        <translation>다음 부분 보이기 (그다음은 다음 슬라이드)</translation>
    </message>
    <message>
        <source>Reveal ▶</source>
        <translation>보이기 ▶</translation>
    </message>
    <message>
        <source>Back: hide the last part again, then the previous slide</source>
        <translation>뒤로: 마지막으로 보인 부분을 다시 가리기 (그다음은 이전 슬라이드)</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 뒤로</translation>
    </message>
    <message>
        <source>Reveal all, or hide all again</source>
        <translation>모두 보이기 / 다시 모두 가리기</translation>
    </message>
    <message>
        <source>Built-in questions</source>
        <translation>준비된 문제</translation>
    </message>
    <message>
        <source>Write your own question…</source>
        <translation>직접 문제 만들기…</translation>
    </message>
    <message>
        <source>Add this as a slide</source>
        <translation>이 화면을 슬라이드로 추가</translation>
    </message>
    <message>
        <source>Remove this slide</source>
        <translation>이 슬라이드 삭제</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>다음 슬라이드</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>이전 슬라이드</translation>
    </message>
    <message>
        <source>Teacher&apos;s note window</source>
        <translation>교사용 메모 창</translation>
    </message>
    <message>
        <source>The slide&apos;s note in a small window of its own, for the laptop&apos;s screen</source>
        <translation>슬라이드 메모를 작은 별도 창에 보여 줍니다 (노트북 화면용)</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>퀴즈(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>RelativeLossPlot</name>
    <message>
        <source>Relative loss</source>
        <translation>상대 손실</translation>
    </message>
    <message>
        <source>Loss ÷ its first batch&apos;s</source>
        <translation>손실 ÷ 첫 배치의 손실</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>loss ÷ first batch&apos;s loss</source>
        <translation>손실 ÷ 첫 배치의 손실</translation>
    </message>
    <message>
        <source>Each network&apos;s loss on every mini-batch, divided by its own first batch&apos;s loss:
both start at 1, whatever the scale of their loss. Click a moment to see a digit&apos;s
output there in the loss explorer, from the network whose curve you clicked.</source>
        <translation>각 미니배치에서 각 신경망의 손실을 그 신경망의 첫 배치 손실로 나눈 값:
손실의 크기와 상관없이 둘 다 1에서 시작합니다. 시점을 클릭하면, 클릭한 곡선의
신경망이 그 시점에 숫자에 낸 출력을 손실 탐색기에 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Step one batch</source>
        <translation>1배치 진행</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Stop, clear the plots, and go back to the untrained network</source>
        <translation>멈추고 그래프를 지운 뒤 학습 전 신경망으로 돌아갑니다</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>학습 속도</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>최고 속도</translation>
    </message>
    <message>
        <source>%1 batches/s</source>
        <translation>%1배치/초</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Download cancelled; what arrived is kept, and the next download goes on from there.</source>
        <translation>다운로드를 취소했습니다. 받은 부분은 남겨 두고, 다음 다운로드는 거기서부터 이어집니다.</translation>
    </message>
    <message>
        <source>Full MNIST could not be downloaded:
%1</source>
        <translation>전체 MNIST를 다운로드하지 못했습니다:
%1</translation>
    </message>
    <message>
        <source>Full MNIST downloaded. Reset, then choose it under Data.</source>
        <translation>전체 MNIST를 다운로드했습니다. 초기화한 다음 ‘데이터’에서 선택하세요.</translation>
    </message>
    <message>
        <source>Full MNIST downloaded and checked.</source>
        <translation>전체 MNIST를 다운로드하고 확인했습니다.</translation>
    </message>
    <message>
        <source>Full MNIST was not downloaded: no connection to any mirror. Is this computer online?</source>
        <translation>전체 MNIST를 내려받지 못했습니다: 어느 미러에도 연결할 수 없습니다. 이 컴퓨터가 인터넷에 연결되어 있습니까?</translation>
    </message>
    <message>
        <source>Full MNIST was not downloaded: every mirror answered “%1”.</source>
        <translation>전체 MNIST를 내려받지 못했습니다: 모든 미러가 ‘%1’(이)라고 응답했습니다.</translation>
    </message>
    <message>
        <source>Full MNIST was not downloaded: %1</source>
        <translation>전체 MNIST를 내려받지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1: diverged, stopped at batch %2</source>
        <translation>%1: 발산하여 배치 %2에서 멈춤</translation>
    </message>
    <message>
        <source>Stopped: the training diverged</source>
        <translation>멈춤: 학습이 발산했습니다</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Epoch %1 of %2</source>
        <translation>에폭 %1 / %2</translation>
    </message>
    <message>
        <source>Both get %1% of the validation digits right (epoch %2).</source>
        <translation>둘 다 검증용 숫자의 %1%를 맞힘(에폭 %2).</translation>
    </message>
    <message>
        <source>%1 learned more: %2% of the validation digits right, against %3% (epoch %4).</source>
        <translation>더 잘 배운 쪽은 %1: 검증용 숫자의 %2%를 맞힘, 다른 쪽은 %3%(에폭 %4).</translation>
    </message>
    <message>
        <source>batch %1 of %2</source>
        <translation>배치 %1 / %2</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>자세히…</translation>
    </message>
    <message>
        <source>Everything that went wrong, in full</source>
        <translation>잘못된 내용 전체</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>자세히</translation>
    </message>
    <message>
        <source>%1: loss %2</source>
        <translation>%1: 손실 %2</translation>
    </message>
    <message>
        <source>, validation accuracy %1%</source>
        <translation>, 검증 정확도 %1%</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message numerus="yes">
        <source>784-%1-10 network, %2 · learning rate %3 · batch %4 · %n epoch(s) · seed %5</source>
        <translation>
            <numerusform>784-%1-10 신경망, %2 · 학습률 %3 · 배치 %4 · 에폭 %n회 · 난수 시드 %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Some saved settings could not be used and are back to their defaults: %1</source>
        <translation>저장된 설정 일부를 사용할 수 없어 기본값으로 되돌렸습니다: %1</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read (%2); LossViz started with its defaults.</source>
        <translation>설정 파일 %1을(를) 읽을 수 없었습니다 (%2). LossViz는 기본 설정으로 시작했습니다.</translation>
    </message>
    <message>
        <source>The settings file could not be read; LossViz started with its defaults and kept the old file as %1.</source>
        <translation>설정 파일을 읽을 수 없었습니다. LossViz는 기본 설정으로 시작했고, 이전 파일은 %1(으)로 보관했습니다.</translation>
    </message>
</context>
<context>
    <name>SetupSection</name>
    <message>
        <source>Data and settings</source>
        <translation>데이터와 설정</translation>
    </message>
    <message>
        <source>Show or hide the data and the training settings</source>
        <translation>데이터와 학습 설정을 보이거나 숨깁니다</translation>
    </message>
</context>
<context>
    <name>SoftmaxChainTable</name>
    <message>
        <source>The softmax chain in numbers</source>
        <translation>소프트맥스 계산 과정의 수치</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Σⱼ e^zⱼ: the sum every e^zₖ is divided by; and Σ y, Σ t, which are 1</source>
        <translation>Σⱼ e^zⱼ: 각 e^zₖ를 나누는 합. Σ y와 Σ t는 둘 다 1</translation>
    </message>
    <message>
        <source>The logit zₖ, as the slider sets it</source>
        <translation>슬라이더로 정한 로짓 zₖ</translation>
    </message>
    <message>
        <source>e to the power zₖ, as the textbook writes it (not shifted by max z)</source>
        <translation>e의 zₖ 제곱. 교재의 식 그대로 (max z를 빼서 옮기지 않은 값)</translation>
    </message>
    <message>
        <source>The softmax output yₖ = e^zₖ / Σⱼ e^zⱼ</source>
        <translation>소프트맥스 출력 yₖ = e^zₖ / Σⱼ e^zⱼ</translation>
    </message>
    <message>
        <source>The target tₖ: 1 for the correct class, 0 for the others</source>
        <translation>정답 tₖ: 정답 클래스는 1, 나머지는 0</translation>
    </message>
    <message>
        <source>The label t, 0 or 1</source>
        <translation>레이블 t (0 또는 1)</translation>
    </message>
    <message>
        <source>No logits: these probabilities were typed in. Any logits zₖ = log yₖ + c, with the same constant c for every class, would give them.</source>
        <translation>로짓이 없습니다: 이 확률은 직접 입력한 값입니다. 모든 클래스에 같은 상수 c를 쓴 로짓 zₖ = log yₖ + c라면 어느 것이든 이 확률이 됩니다.</translation>
    </message>
    <message>
        <source>No logits: these probabilities were typed in. A probability of 0 would need a logit of −∞: no finite logits give them exactly.</source>
        <translation>로짓이 없습니다: 이 확률은 직접 입력한 값입니다. 확률 0에는 로짓 −∞가 필요하므로, 유한한 로짓으로는 이 확률을 정확히 얻을 수 없습니다.</translation>
    </message>
    <message>
        <source>No logits: these probabilities were typed in, and they do not sum to 1, so no softmax gives them.</source>
        <translation>로짓이 없습니다: 이 확률은 직접 입력한 값이고 합이 1이 아니므로, 소프트맥스의 출력이 될 수 없습니다.</translation>
    </message>
    <message>
        <source>No logit: p was typed in. The logit z = log(p / (1 − p)) would give it.</source>
        <translation>로짓이 없습니다: p는 직접 입력한 값입니다. 로짓 z = log(p / (1 − p))이면 이 p가 됩니다.</translation>
    </message>
    <message>
        <source>No logit: p was typed in. A p of 0 or 1 would need a logit of −∞ or +∞.</source>
        <translation>로짓이 없습니다: p는 직접 입력한 값입니다. p가 0이나 1이 되려면 로짓 −∞나 +∞가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>TrainingSettingsForm</name>
    <message>
        <source>Hidden units</source>
        <translation>은닉 유닛 수</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에폭 수</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>난수 시드</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <source>Try 50 to see training diverge</source>
        <translation>50으로 하면 학습이 발산하는 모습을 볼 수 있습니다</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <source>Sum of squared error</source>
        <translation>오차제곱합</translation>
    </message>
    <message>
        <source>Compare both</source>
        <translation>둘 다 비교</translation>
    </message>
    <message>
        <source>Compare: two networks, same start and same batches, one for each loss</source>
        <translation>비교: 같은 초깃값과 같은 배치로 손실 함수마다 하나씩, 두 신경망을 학습합니다</translation>
    </message>
</context>
<context>
    <name>ValidationAccuracyPlot</name>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <source>The share of validation digits each network gets right, after each epoch;
at epoch 0 both are the same network. 10% is what guessing achieves.</source>
        <translation>각 에폭 후 각 신경망이 맞힌 검증용 숫자의 비율.
에폭 0에서는 둘 다 같은 신경망입니다. 찍기로는 10%입니다.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Losses</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Softmax chain</source>
        <translation>소프트맥스 연쇄</translation>
    </message>
    <message>
        <source>Derivation ∂E/∂z</source>
        <translation>∂E/∂z 유도</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Why cross-entropy?</source>
        <translation>왜 교차 엔트로피인가?</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>숫자 그리기</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>틀린 답</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>신경망의 안쪽</translation>
    </message>
    <message>
        <source>Plots only</source>
        <translation>그래프만</translation>
    </message>
    <message>
        <source>Only the plots, as large as they can be (F6 again shows the rest)</source>
        <translation>그래프만 가능한 한 크게 표시합니다 (F6을 다시 누르면 나머지가 돌아옵니다)</translation>
    </message>
    <message>
        <source>Why cross-entropy? Run the experiment</source>
        <translation>왜 교차 엔트로피인가? 실험 실행</translation>
    </message>
    <message>
        <source>Train two networks from the same confidently wrong start, one with cross-entropy and one with squared error, and watch which learns (F8)</source>
        <translation>자신 있게 틀린 같은 시작점에서 두 신경망을 하나는 교차 엔트로피, 하나는 오차제곱합으로 학습시키고 어느 쪽이 배우는지 봅니다 (F8)</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>Inside the network: each tile is one hidden unit&apos;s 784 weights, laid out as the 28×28 image they multiply. Orange: ink there raises the unit&apos;s input; blue: it lowers it (each tile scaled to its own largest weight).</source>
        <translation>신경망의 안쪽: 각 타일은 은닉 유닛 하나의 가중치 784개를, 곱해지는 28×28 이미지 모양으로 늘어놓은 것입니다. 주황: 그곳에 잉크가 있으면 유닛의 입력이 커지고, 파랑: 작아집니다(각 타일은 자신의 가장 큰 가중치로 정규화).</translation>
    </message>
    <message>
        <source>First-layer weights of each hidden unit</source>
        <translation>각 은닉 유닛의 첫 층 가중치</translation>
    </message>
    <message>
        <source>− largest |w|</source>
        <translation>− 가장 큰 |w|</translation>
    </message>
    <message>
        <source>+ largest |w|</source>
        <translation>+ 가장 큰 |w|</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>아직 신경망이 없습니다.</translation>
    </message>
    <message>
        <source>Choose a digit to see which hidden units it switches on.</source>
        <translation>숫자를 고르면 그 숫자가 어떤 은닉 유닛을 켜는지 보입니다.</translation>
    </message>
    <message>
        <source>For the chosen digit, %1 of %2 hidden units are active (framed: the thicker, the more active); the ReLU switches the others off (dimmed).</source>
        <translation>고른 숫자에서는 은닉 유닛 %2개 중 %1개가 활성화되어 있습니다(테두리가 굵을수록 더 활성). 나머지는 ReLU가 0으로 만듭니다(흐리게 표시).</translation>
    </message>
</context>
<context>
    <name>WorkedExampleView</name>
    <message>
        <source>Worked example</source>
        <translation>계산 예시</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>BCE</source>
        <translation>BCE</translation>
    </message>
    <message>
        <source>CE</source>
        <translation>CE</translation>
    </message>
    <message>
        <source>Output y</source>
        <translation>출력 y</translation>
    </message>
    <message>
        <source>Choose a tutorial example from &lt;b&gt;Example&lt;/b&gt; above: its vectors, its losses computed here, and the numbers the tutorial prints, side by side.</source>
        <translation>위의 &lt;b&gt;예시&lt;/b&gt;에서 자료의 계산 예시를 고르세요: 그 벡터, 여기서 계산한 손실, 자료에 실린 값을 나란히 보여 줍니다.</translation>
    </message>
    <message>
        <source>Output ŷ
(our y)</source>
        <translation>출력 ŷ
(이 앱의 y)</translation>
    </message>
    <message>
        <source>Target y
(our t)</source>
        <translation>실제값 y
(이 앱의 t)</translation>
    </message>
    <message>
        <source>Tutorial prints</source>
        <translation>자료의 값</translation>
    </message>
    <message>
        <source>The tutorial prints %1</source>
        <translation>자료의 값: %1</translation>
    </message>
    <message>
        <source>sum of squared error</source>
        <translation>오차제곱합</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>평균제곱오차</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>이진 교차 엔트로피</translation>
    </message>
    <message>
        <source>½ Σ (ŷ − y)² = &lt;b&gt;%1&lt;/b&gt;   ·   mean (ŷ − y)² = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>½ Σ (ŷ − y)² = &lt;b&gt;%1&lt;/b&gt;   ·   (ŷ − y)²의 평균 = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Batch mean = &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>배치 평균 = &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cross-entropy = &lt;b&gt;%1&lt;/b&gt;   ·   sum of squared error = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>교차 엔트로피 = &lt;b&gt;%1&lt;/b&gt;   ·   오차제곱합 = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>App: %1&lt;br&gt;Tutorial prints: %2</source>
        <translation>이 앱: %1&lt;br&gt;자료의 값: %2</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>bundled MNIST subset</source>
        <translation>내장 MNIST 부분 집합</translation>
    </message>
    <message>
        <source>full MNIST</source>
        <translation>전체 MNIST</translation>
    </message>
    <message>
        <source>{name}: {train:,} training, {validation:,} validation images</source>
        <translation>{name}: 훈련 이미지 {train:,}장, 검증 이미지 {validation:,}장</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{folder}: found the {prefix} labels but not the images (looked for {names})</source>
        <translation>{folder}: {prefix} 레이블은 있지만 이미지가 없습니다 (찾은 이름: {names})</translation>
    </message>
    <message>
        <source>{folder}: found the {prefix} images but not the labels (looked for {names})</source>
        <translation>{folder}: {prefix} 이미지는 있지만 레이블이 없습니다 (찾은 이름: {names})</translation>
    </message>
    <message>
        <source>{path}: too few images to train on ({count}; at least 2 are needed)</source>
        <translation>{path}: 학습에 쓰기에는 이미지가 너무 적습니다 ({count}장, 2장 이상 필요합니다)</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder}은(는) 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>{folder} holds no MNIST-format IDX files (looked for names such as {names})</source>
        <translation>{folder}에 MNIST 형식의 IDX 파일이 없습니다 ({names} 같은 이름을 찾았습니다)</translation>
    </message>
    <message>
        <source>Full MNIST is not downloaded yet (looked in {folder}). Download it with the panel&apos;s “Download full MNIST…” or `lossviz download`.</source>
        <translation>전체 MNIST가 아직 다운로드되지 않았습니다 ({folder}에서 찾았습니다). 패널의 ‘전체 MNIST 다운로드…’ 또는 `lossviz download`로 다운로드하세요.</translation>
    </message>
</context>
<context>
    <name>download</name>
    <message>
        <source>only http and https mirrors can be used, not “{url}”</source>
        <translation>미러는 http와 https만 쓸 수 있습니다(“{url}”은 쓸 수 없음)</translation>
    </message>
    <message>
        <source>no mirror gave a good copy ({reasons})</source>
        <translation>어느 미러에서도 올바른 파일을 받지 못했습니다 ({reasons})</translation>
    </message>
    <message>
        <source>could not connect ({reason})</source>
        <translation>연결할 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>the transfer stopped early ({count:,} bytes of the last piece arrived)</source>
        <translation>전송이 중간에 멈췄습니다 (마지막 조각은 {count:,}바이트만 도착했습니다)</translation>
    </message>
    <message>
        <source>no answer for {seconds:g} s</source>
        <translation>{seconds:g}초 동안 응답이 없습니다</translation>
    </message>
    <message>
        <source>the file&apos;s MD5 is not the published {md5}; it was deleted</source>
        <translation>파일의 MD5가 공개된 값 {md5}와(과) 달라서 삭제했습니다</translation>
    </message>
    <message>
        <source>the transfer stopped after {written:,} of {expected:,} bytes</source>
        <translation>{expected:,}바이트 중 {written:,}바이트에서 전송이 멈췄습니다</translation>
    </message>
    <message>
        <source>the server announced {announced} bytes where {expected:,} were due</source>
        <translation>서버가 {announced}바이트라고 알렸지만 {expected:,}바이트여야 합니다</translation>
    </message>
    <message>
        <source>the server sent more than the published {size:,} bytes</source>
        <translation>서버가 공개된 크기 {size:,}바이트보다 많이 보냈습니다</translation>
    </message>
    <message>
        <source>given up after {seconds:g} s</source>
        <translation>{seconds:g}초 후 중단했습니다</translation>
    </message>
    <message>
        <source>given up: under {rate:g} kB/s for {seconds:g} s</source>
        <translation>중단했습니다: {seconds:g}초 동안 {rate:g} kB/s 미만이었습니다</translation>
    </message>
</context>
<context>
    <name>explorer</name>
    <message>
        <source>The text is too long ({length} characters); type at most {limit}</source>
        <translation>텍스트가 너무 깁니다({length}자). {limit}자 이하로 입력하세요</translation>
    </message>
    <message>
        <source>Type {count} probabilities separated by commas, e.g. 0.1, 0.05, 0.6</source>
        <translation>확률 {count}개를 쉼표로 구분해 입력하세요 (예: 0.1, 0.05, 0.6)</translation>
    </message>
    <message>
        <source>“{token}” is not a number</source>
        <translation>“{token}”은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>“{token}”: a logit is a plain number, not a percentage</source>
        <translation>“{token}”: 로짓은 퍼센트가 아닌 보통 숫자입니다</translation>
    </message>
    <message>
        <source>“{token}” is not a finite number</source>
        <translation>“{token}”은(는) 유한한 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>{token} is negative; a probability is between 0 and 1</source>
        <translation>{token}은(는) 음수입니다. 확률은 0과 1 사이입니다</translation>
    </message>
    <message>
        <source>{token} is above 1; a probability is between 0 and 1</source>
        <translation>{token}은(는) 1보다 큽니다. 확률은 0과 1 사이입니다</translation>
    </message>
    <message>
        <source>Type {count} logits separated by commas, e.g. 2.0, 1.0, 0.1</source>
        <translation>로짓 {count}개를 쉼표로 구분해 입력하세요 (예: 2.0, 1.0, 0.1)</translation>
    </message>
    <message>
        <source>Expected 1 value, but got {got}</source>
        <translation>값이 1개여야 하는데 {got}개입니다</translation>
    </message>
    <message>
        <source>Expected {count} values, one per class, but got {got}</source>
        <translation>값이 클래스마다 하나씩 {count}개여야 하는데 {got}개입니다</translation>
    </message>
    <message>
        <source>All values are 0; at least one class needs a probability above 0</source>
        <translation>모든 값이 0입니다. 적어도 한 클래스의 확률은 0보다 커야 합니다</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Choose a file name ending in .png or .svg, not “%1”.</source>
        <translation>파일 이름은 .png 또는 .svg로 끝나야 합니다(“%1”은 안 됩니다).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Binary (sigmoid): label t = %1, output p = %2</source>
        <translation>이진 (시그모이드): 레이블 t = %1, 출력 p = %2</translation>
    </message>
    <message>
        <source>logit z = %1</source>
        <translation>로짓 z = %1</translation>
    </message>
    <message>
        <source>Softmax over %1 classes, correct class %2</source>
        <translation>클래스 %1개의 소프트맥스, 정답 클래스 %2</translation>
    </message>
    <message>
        <source>Σ y = %1</source>
        <translation>Σ y = %1</translation>
    </message>
</context>
<context>
    <name>idx</name>
    <message>
        <source>{name}: too short to be an IDX file ({size} bytes)</source>
        <translation>{name}: IDX 파일이라기엔 너무 짧습니다 ({size}바이트)</translation>
    </message>
    <message>
        <source>{name}: not an IDX file of unsigned bytes (magic number {magic})</source>
        <translation>{name}: 부호 없는 바이트의 IDX 파일이 아닙니다 (매직 넘버 {magic})</translation>
    </message>
    <message>
        <source>{name}: the header is cut short</source>
        <translation>{name}: 헤더가 중간에 잘렸습니다</translation>
    </message>
    <message>
        <source>{name}: the header claims an impossible size {shape}</source>
        <translation>{name}: 헤더의 크기 {shape}는 불가능한 값입니다</translation>
    </message>
    <message>
        <source>{name}: the file is cut short: the header says {shape} = {count} bytes, the file holds {body}</source>
        <translation>{name}: 파일이 중간에 잘렸습니다: 헤더에는 {shape} = {count}바이트인데 파일에는 {body}바이트뿐입니다</translation>
    </message>
    <message>
        <source>{name}: the file is longer than its header says: the header says {shape} = {count} bytes, the file holds more than {count}</source>
        <translation>{name}: 파일이 헤더에 적힌 것보다 깁니다: 헤더에는 {shape} = {count}바이트인데 파일은 {count}바이트를 넘습니다</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{name}: the gzip data is damaged or cut short ({error})</source>
        <translation>{name}: gzip 데이터가 손상되었거나 중간에 잘렸습니다 ({error})</translation>
    </message>
    <message>
        <source>{name}: the header claims {shape} = {count} bytes, more than a gzip file of this size can hold</source>
        <translation>{name}: 헤더가 {shape} = {count}바이트라고 하지만, 이 크기의 gzip 파일이 담을 수 있는 양보다 많습니다</translation>
    </message>
    <message>
        <source>images must be 28 × 28, got shape {shape}</source>
        <translation>이미지는 28 × 28이어야 하는데 모양이 {shape}입니다</translation>
    </message>
    <message>
        <source>labels must be one number per image, got shape {shape}</source>
        <translation>레이블은 이미지마다 숫자 하나여야 하는데 모양이 {shape}입니다</translation>
    </message>
    <message>
        <source>{images} images but {labels} labels</source>
        <translation>이미지는 {images}장인데 레이블은 {labels}개입니다</translation>
    </message>
    <message>
        <source>label {label} is out of range: there are {classes} classes, 0 to {last}</source>
        <translation>레이블 {label}이(가) 범위를 벗어났습니다: 클래스는 0부터 {last}까지 {classes}개입니다</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <source>{name}: too large to be a lesson file ({size} MB)</source>
        <translation>{name}: 수업 파일이라기에는 너무 큽니다 ({size} MB)</translation>
    </message>
    <message>
        <source>{name}: no such file</source>
        <translation>{name}: 파일이 없습니다</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a LossViz lesson: it is not a lesson archive, or it was cut short</source>
        <translation>{name}은(는) LossViz 수업 파일이 아닙니다: 수업 아카이브가 아니거나 중간에 잘렸습니다</translation>
    </message>
    <message>
        <source>{name} is not a LossViz lesson: {member} is missing from it</source>
        <translation>{name}은(는) LossViz 수업 파일이 아닙니다: {member}이(가) 들어 있지 않습니다</translation>
    </message>
    <message>
        <source>{name} is damaged: {member} is not valid JSON ({reason})</source>
        <translation>{name} 파일이 손상되었습니다: {member}이(가) 올바른 JSON이 아닙니다({reason})</translation>
    </message>
    <message>
        <source>{name} is not a LossViz lesson: its lesson.json is not in the lesson format</source>
        <translation>{name}은(는) LossViz 수업 파일이 아닙니다: lesson.json이 수업 형식이 아닙니다</translation>
    </message>
    <message>
        <source>{name} was saved by a newer LossViz (lesson format {version}); this LossViz opens format {supported}. Update LossViz to open it.</source>
        <translation>{name}은(는) 더 새로운 LossViz로 저장되었습니다 (수업 형식 {version}). 이 LossViz는 형식 {supported}까지 열 수 있습니다. 열려면 LossViz를 업데이트하세요.</translation>
    </message>
    <message>
        <source>{name}: the trained network in it cannot be used: {reason}</source>
        <translation>{name}: 들어 있는 학습된 신경망을 사용할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{name} is damaged and was not opened: {detail}</source>
        <translation>{name} 파일이 손상되어 열지 않았습니다: {detail}</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <source>sum of squared error</source>
        <translation>오차제곱합</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>오차제곱합</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Right and confident: class 2 at 0.8</source>
        <translation>정답, 확신: 클래스 2가 0.8</translation>
    </message>
    <message>
        <source>Tutorial 000, 2乗和誤差 / 交差エントロピー誤差 (正解)</source>
        <translation>자료 000, 2乗和誤差 / 交差エントロピー誤差 (正解)</translation>
    </message>
    <message>
        <source>Close to the target: both losses are small.</source>
        <translation>정답에 가까워서 두 손실 모두 작습니다.</translation>
    </message>
    <message>
        <source>Wrong: class 6 at 0.5, correct class 2 at 0.2</source>
        <translation>오답: 클래스 6이 0.5, 정답 클래스 2는 0.2</translation>
    </message>
    <message>
        <source>Tutorial 000, 2乗和誤差 / 交差エントロピー誤差 (不正解)</source>
        <translation>자료 000, 2乗和誤差 / 交差エントロピー誤差 (不正解)</translation>
    </message>
    <message>
        <source>Tutorial 001, 交差エントロピー誤差の計算_1</source>
        <translation>자료 001, 交差エントロピー誤差の計算_1</translation>
    </message>
    <message>
        <source>Tutorial 001, 交差エントロピー誤差の計算_2</source>
        <translation>자료 001, 交差エントロピー誤差の計算_2</translation>
    </message>
    <message>
        <source>Tutorial 001, 交差エントロピー誤差の計算_3</source>
        <translation>자료 001, 交差エントロピー誤差の計算_3</translation>
    </message>
    <message>
        <source>Tutorial 002, CEE = −log(2번째 예측값) = −log(0.9)</source>
        <translation>자료 002, CEE = −log(2번째 예측값) = −log(0.9)</translation>
    </message>
    <message>
        <source>The tutorial gives only the second class&apos;s 0.9; the other two share the remaining 0.1.</source>
        <translation>자료에는 두 번째 클래스의 0.9만 있어서 나머지 0.1을 다른 두 클래스가 나눠 갖습니다.</translation>
    </message>
    <message>
        <source>Tutorial 002, softmax_cee (first cell)</source>
        <translation>자료 002, softmax_cee (첫 번째 셀)</translation>
    </message>
    <message>
        <source>Tutorial 002, softmax_cee (second cell)</source>
        <translation>자료 002, softmax_cee (두 번째 셀)</translation>
    </message>
    <message>
        <source>Tutorial 002, sigmoid_cee</source>
        <translation>자료 002, sigmoid_cee</translation>
    </message>
    <message>
        <source>Tutorial 002, mse(y, y_i)</source>
        <translation>자료 002, mse(y, y_i)</translation>
    </message>
    <message>
        <source>Here the tutorial writes y for the target and ŷ for the network&apos;s output (elsewhere in LossViz: y the output, t the target). Its function is named mse but computes ½ of the sum (5.5); the mean of the squares is 2.2.</source>
        <translation>이 자료에서는 y가 실제값, ŷ가 신경망의 출력입니다(LossViz의 다른 곳에서는 y가 출력, t가 정답). 함수 이름은 mse지만 계산하는 것은 합의 ½(5.5)입니다. 제곱의 평균은 2.2입니다.</translation>
    </message>
    <message>
        <source>Tutorial 004, 二乗和誤差 sample data 1</source>
        <translation>자료 004, 二乗和誤差 sample data 1</translation>
    </message>
    <message>
        <source>The tutorial&apos;s outputs sum to 1.07, not 1; the loss is computed on them as written.</source>
        <translation>자료의 출력 합은 1이 아니라 1.07입니다. 손실은 적힌 값 그대로 계산합니다.</translation>
    </message>
    <message>
        <source>Tutorial 004, sample data 2</source>
        <translation>자료 004, sample data 2</translation>
    </message>
    <message>
        <source>Tutorial 004, 交差エントロピー誤差 sample data 1</source>
        <translation>자료 004, 交差エントロピー誤差 sample data 1</translation>
    </message>
    <message>
        <source>Far from the target: squared error 0.456, cross-entropy 1.6094.</source>
        <translation>정답에서 멀어서 오차제곱합은 0.456, 교차 엔트로피는 1.6094입니다.</translation>
    </message>
    <message>
        <source>Three classes, correct class at 0.2: −log 0.2 ≈ 1.6</source>
        <translation>3클래스, 정답 클래스가 0.2: −log 0.2 ≈ 1.6</translation>
    </message>
    <message>
        <source>Only the correct class&apos;s output enters the cross-entropy.</source>
        <translation>교차 엔트로피에는 정답 클래스의 출력만 들어갑니다.</translation>
    </message>
    <message>
        <source>Three classes, correct class at 0.8: loss falls to 0.2231</source>
        <translation>3클래스, 정답 클래스가 0.8: 손실이 0.2231로 감소</translation>
    </message>
    <message>
        <source>Three classes, correct class at 1.0: loss ≈ 0</source>
        <translation>3클래스, 정답 클래스가 1.0: 손실 ≈ 0</translation>
    </message>
    <message>
        <source>With δ = 10⁻⁷ inside the log the loss is −log(1 + δ) ≈ −1.0 × 10⁻⁷: zero for every purpose.</source>
        <translation>log 안에 δ = 10⁻⁷이 있어서 손실은 −log(1 + δ) ≈ −1.0 × 10⁻⁷로, 사실상 0입니다.</translation>
    </message>
    <message>
        <source>Correct class at 0.9: −log 0.9 = 0.105</source>
        <translation>정답 클래스가 0.9: −log 0.9 = 0.105</translation>
    </message>
    <message>
        <source>Batch of three, mean cross-entropy 0.8634</source>
        <translation>샘플 3개인 배치, 교차 엔트로피 평균 0.8634</translation>
    </message>
    <message>
        <source>The loss of a batch is the mean of the per-sample losses.</source>
        <translation>배치의 손실은 샘플별 손실의 평균입니다.</translation>
    </message>
    <message>
        <source>Better first sample: batch mean falls to 0.6324</source>
        <translation>첫 샘플 개선: 배치 평균이 0.6324로 감소</translation>
    </message>
    <message>
        <source>Only the first sample changed (0.3 → 0.6 for its correct class), and the mean fell.</source>
        <translation>첫 번째 샘플만 바뀌었고(정답 클래스가 0.3 → 0.6) 평균이 내려갔습니다.</translation>
    </message>
    <message>
        <source>Binary (sigmoid) batch of six, mean 0.3486</source>
        <translation>이진 (시그모이드) 샘플 6개인 배치, 평균 0.3486</translation>
    </message>
    <message>
        <source>Sample 6 (p = 0.9, label 1) is the most right, and has the smallest loss.</source>
        <translation>6번째 샘플(p = 0.9, 레이블 1)이 정답에 가장 가깝고 손실도 가장 작습니다.</translation>
    </message>
    <message>
        <source>Regression: ½ Σ (y − ŷ)² = 5.5, mean 2.2</source>
        <translation>회귀: ½ Σ (y − ŷ)² = 5.5, 평균 2.2</translation>
    </message>
    <message>
        <source>Right at 0.6, outputs sum to 1.07: squared error 0.10105</source>
        <translation>정답 클래스가 0.6, 출력의 합 1.07: 오차제곱합 0.10105</translation>
    </message>
    <message>
        <source>Wrong: class 9 at 0.5 (sum 1.13): 0.46525 and 1.6094</source>
        <translation>오답: 클래스 9가 0.5 (합 1.13): 0.46525와 1.6094</translation>
    </message>
    <message>
        <source>Right at 0.99 (sum 1.46): cross-entropy 0.01005</source>
        <translation>정답 클래스가 0.99 (합 1.46): 교차 엔트로피 0.01005</translation>
    </message>
    <message>
        <source>Near-certain and right: the cross-entropy is close to 0.</source>
        <translation>거의 확신하며 정답: 교차 엔트로피가 0에 가깝습니다.</translation>
    </message>
</context>
<context>
    <name>quiz</name>
    <message>
        <source>Cross-entropy: {ce} against the squared error&apos;s {sse}.</source>
        <translation>교차 엔트로피입니다: {ce}. 오차제곱합은 {sse}.</translation>
    </message>
    <message>
        <source>The squared error: {sse} against cross-entropy&apos;s {ce}.</source>
        <translation>오차제곱합입니다: {sse}. 교차 엔트로피는 {ce}.</translation>
    </message>
    <message>
        <source>Cross-entropy is −log y{k} = −log {y} and looks only at the correct class; the squared error ½ Σ (y − t)² adds every class&apos;s miss and stays below 1.</source>
        <translation>교차 엔트로피는 −log y{k} = −log {y}로 정답 클래스만 봅니다. 오차제곱합 ½ Σ (y − t)²는 모든 클래스의 차이를 더하며 1을 넘지 않습니다.</translation>
    </message>
    <message>
        <source>Class {classes}: ∂E/∂z = {values}.</source>
        <translation>클래스 {classes}: ∂E/∂z = {values}.</translation>
    </message>
    <message>
        <source>For cross-entropy ∂E/∂zₖ = yₖ − tₖ: every y is below 1, so only the correct class (t{k} = 1) gets a negative gradient, y{k} − 1 = {g}; gradient descent raises its logit.</source>
        <translation>교차 엔트로피에서는 ∂E/∂zₖ = yₖ − tₖ입니다. y는 모두 1보다 작으므로 음의 기울기는 정답 클래스(t{k} = 1)뿐이며 y{k} − 1 = {g}입니다. 경사 하강법은 그 로짓을 올립니다.</translation>
    </message>
    <message>
        <source>With cross-entropy: y{k} goes from {before} to {ce}; with squared error only to {sse}.</source>
        <translation>교차 엔트로피 쪽입니다: y{k}가 {before}에서 {ce}로 오릅니다. 오차제곱합으로는 {sse}까지만 오릅니다.</translation>
    </message>
    <message>
        <source>With squared error: y{k} goes from {before} to {sse}; with cross-entropy only to {ce}.</source>
        <translation>오차제곱합 쪽입니다: y{k}가 {before}에서 {sse}로 오릅니다. 교차 엔트로피로는 {ce}까지만 오릅니다.</translation>
    </message>
    <message>
        <source>One step z ← z − η ∂E/∂z with η = {lr}: cross-entropy&apos;s gradient on z{k} is {ce}, the squared error&apos;s only {sse}, because every term of it carries the small factor y{k}.</source>
        <translation>η = {lr}로 한 스텝 z ← z − η ∂E/∂z: z{k}의 기울기는 교차 엔트로피로 {ce}, 오차제곱합으로는 겨우 {sse}입니다. 오차제곱합 기울기의 모든 항에 작은 y{k}가 곱해지기 때문입니다.</translation>
    </message>
    <message>
        <source>Cross-entropy {ce}.</source>
        <translation>교차 엔트로피 {ce}.</translation>
    </message>
    <message>
        <source>Not exactly 0: δ = 10⁻⁷ inside the log gives −log(1 + δ) = {ce}, a hair below 0, as the tutorial&apos;s program prints.</source>
        <translation>정확히 0은 아닙니다: log 안의 δ = 10⁻⁷ 때문에 −log(1 + δ) = {ce}로 0보다 아주 조금 작습니다. 튜토리얼의 프로그램이 출력하는 그대로입니다.</translation>
    </message>
    <message>
        <source>Only the correct class counts: −log y{k} = −log {y} = {ce}.</source>
        <translation>정답 클래스만 반영됩니다: −log y{k} = −log {y} = {ce}.</translation>
    </message>
    <message>
        <source>Every logit 0 gives every class y = 1/{n}, so the loss is −log(1/{n}) = log {n} = {ce}.</source>
        <translation>로짓이 모두 0이면 모든 클래스가 y = 1/{n}이므로 손실은 −log(1/{n}) = log {n} = {ce}입니다.</translation>
    </message>
    <message>
        <source>Squared error {sse} (cross-entropy {ce}).</source>
        <translation>오차제곱합 {sse} (교차 엔트로피는 {ce}).</translation>
    </message>
    <message>
        <source>½ Σ (y − t)² can never pass ½ (1² + 1²) = 1, however wrong the answer; cross-entropy −log y{k} grows without bound and is {ce} here.</source>
        <translation>½ Σ (y − t)²는 아무리 틀려도 ½ (1² + 1²) = 1을 넘지 않습니다. 교차 엔트로피 −log y{k}는 한없이 커지며 여기서는 {ce}입니다.</translation>
    </message>
    <message>
        <source>Cross-entropy&apos;s: {ce} against {sse}.</source>
        <translation>교차 엔트로피 쪽입니다: {ce} (오차제곱합은 {sse}).</translation>
    </message>
    <message>
        <source>The squared error&apos;s: {sse} against {ce}.</source>
        <translation>오차제곱합 쪽입니다: {sse} (교차 엔트로피는 {ce}).</translation>
    </message>
    <message>
        <source>Through the softmax every term of the squared error&apos;s gradient is multiplied by y{k} = {y}: confidently wrong, it nearly vanishes, while y − t stays near −1.</source>
        <translation>소프트맥스를 거치면 오차제곱합 기울기의 모든 항에 y{k} = {y}가 곱해집니다. 확신을 갖고 틀리면 거의 사라지지만 y − t는 −1 가까이 그대로입니다.</translation>
    </message>
    <message>
        <source>Class {k}: ∂E/∂z{sub} = {g}.</source>
        <translation>클래스 {k}: ∂E/∂z{sub} = {g}.</translation>
    </message>
    <message>
        <source>For a wrong class ∂E/∂zₖ = yₖ: the wrong class with the largest logit, z{k} = {z}, has the largest y{k} = {y} and is pushed down hardest.</source>
        <translation>오답 클래스에서는 ∂E/∂zₖ = yₖ입니다. 로짓이 가장 큰 오답 클래스(z{k} = {z})는 y{k} = {y}도 가장 커서 가장 세게 내려갑니다.</translation>
    </message>
    <message>
        <source>No: the largest change in any y is {change}.</source>
        <translation>변하지 않습니다: y의 변화는 가장 커도 {change}입니다.</translation>
    </message>
    <message>
        <source>e^(zₖ + {c}) / Σⱼ e^(zⱼ + {c}) = e^{c} e^zₖ / (e^{c} Σⱼ e^zⱼ): the factor e^{c} cancels.</source>
        <translation>e^(zₖ + {c}) / Σⱼ e^(zⱼ + {c}) = e^{c} e^zₖ / (e^{c} Σⱼ e^zⱼ): 인수 e^{c}는 약분되어 사라집니다.</translation>
    </message>
    <message>
        <source>Binary cross-entropy {bce}.</source>
        <translation>이진 교차 엔트로피 {bce}.</translation>
    </message>
    <message>
        <source>With label t = 1 only the first term is left: −log p = −log {p} = {bce}.</source>
        <translation>레이블 t = 1이면 첫째 항만 남습니다: −log p = −log {p} = {bce}.</translation>
    </message>
    <message>
        <source>0 (computed: {total}, a rounding error).</source>
        <translation>0 (계산 결과는 {total}, 반올림 오차입니다).</translation>
    </message>
    <message>
        <source>Σₖ (yₖ − tₖ) = Σ y − Σ t = 1 − 1 = 0: what one logit gains, the others lose.</source>
        <translation>Σₖ (yₖ − tₖ) = Σ y − Σ t = 1 − 1 = 0: 한 로짓이 오르는 만큼 다른 로짓이 내려갑니다.</translation>
    </message>
    <message>
        <source>Which is larger here, cross-entropy or the squared error?</source>
        <translation>여기서 더 큰 것은 교차 엔트로피와 오차제곱합 중 어느 쪽일까요?</translation>
    </message>
    <message>
        <source>Right and confident: which is larger now, cross-entropy or the squared error?</source>
        <translation>확신을 갖고 정답: 이번에는 교차 엔트로피와 오차제곱합 중 어느 쪽이 클까요?</translation>
    </message>
    <message>
        <source>Which logit&apos;s gradient is negative?</source>
        <translation>기울기가 음수인 로짓은 어느 것일까요?</translation>
    </message>
    <message>
        <source>After one step, does y of the correct class rise more with cross-entropy or with squared error?</source>
        <translation>한 스텝 뒤 정답 클래스의 y가 더 많이 오르는 것은 교차 엔트로피와 오차제곱합 중 어느 쪽일까요?</translation>
    </message>
    <message>
        <source>What is the loss when y = 1?</source>
        <translation>y = 1일 때 손실은 얼마일까요?</translation>
    </message>
    <message>
        <source>The correct class gets y = 0.2. What is the cross-entropy?</source>
        <translation>정답 클래스의 y = 0.2. 교차 엔트로피는 얼마일까요?</translation>
    </message>
    <message>
        <source>The correct class gets y = 0.9. What is the cross-entropy?</source>
        <translation>정답 클래스의 y = 0.9. 교차 엔트로피는 얼마일까요?</translation>
    </message>
    <message>
        <source>An untrained network: every logit is 0. What is the cross-entropy?</source>
        <translation>학습 전 네트워크: 로짓이 모두 0. 교차 엔트로피는 얼마일까요?</translation>
    </message>
    <message>
        <source>The network is as wrong as it can be. How large is the squared error?</source>
        <translation>네트워크가 최대로 틀렸습니다. 오차제곱합은 얼마나 될까요?</translation>
    </message>
    <message>
        <source>Confidently wrong: whose gradient on the correct class&apos;s logit is larger, cross-entropy&apos;s or the squared error&apos;s?</source>
        <translation>확신을 갖고 오답: 정답 클래스 로짓의 기울기가 더 큰 것은 교차 엔트로피와 오차제곱합 중 어느 쪽일까요?</translation>
    </message>
    <message>
        <source>Which logit gets the largest positive gradient from cross-entropy?</source>
        <translation>교차 엔트로피에서 양의 기울기가 가장 큰 로짓은 어느 것일까요?</translation>
    </message>
    <message>
        <source>Add 3 to every logit. Do the probabilities y change?</source>
        <translation>모든 로짓에 3을 더하면 확률 y가 변할까요?</translation>
    </message>
    <message>
        <source>A sigmoid output p = 0.9 with label 1. What is the binary cross-entropy?</source>
        <translation>시그모이드 출력 p = 0.9, 레이블 1. 이진 교차 엔트로피는 얼마일까요?</translation>
    </message>
    <message>
        <source>What do the cross-entropy gradients of all the logits add up to?</source>
        <translation>교차 엔트로피에서 모든 로짓의 기울기를 더하면 얼마일까요?</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>training needs at least one training and one validation image</source>
        <translation>학습에는 훈련 이미지와 검증 이미지가 적어도 한 장씩 필요합니다</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>the learning rate must be a positive number, got {value}</source>
        <translation>학습률은 양수여야 합니다 (입력값 {value})</translation>
    </message>
    <message>
        <source>hidden units must be {low} to {high}, got {value}</source>
        <translation>은닉 유닛 수는 {low}에서 {high} 사이여야 합니다 (입력값 {value})</translation>
    </message>
    <message>
        <source>the batch size must be {low} to {high}, got {value}</source>
        <translation>배치 크기는 {low}에서 {high} 사이여야 합니다 (입력값 {value})</translation>
    </message>
    <message>
        <source>epochs must be {low} to {high}, got {value}</source>
        <translation>에폭 수는 {low}에서 {high} 사이여야 합니다 (입력값 {value})</translation>
    </message>
    <message>
        <source>the loss became {loss}</source>
        <translation>손실이 {loss}(으)로 바뀜</translation>
    </message>
    <message>
        <source>the loss rose from {first} to {now}</source>
        <translation>손실이 {first}에서 {now}(으)로 올라감</translation>
    </message>
    <message>
        <source>Training diverged at epoch {epoch}, step {step}: {problem}. The learning rate {lr} is too large; the last good weights were kept.</source>
        <translation>에폭 {epoch}, 스텝 {step}에서 학습이 발산했습니다({problem}). 학습률 {lr}이(가) 너무 큽니다. 마지막으로 정상이던 가중치를 남겼습니다.</translation>
    </message>
    <message>
        <source>Training diverged at epoch {epoch}, step {step}: the weights stopped being finite numbers. The learning rate {lr} is too large; the last good weights were kept.</source>
        <translation>에폭 {epoch}, 스텝 {step}에서 학습이 발산했습니다(가중치가 유한한 숫자가 아니게 됨). 학습률 {lr}이(가) 너무 큽니다. 마지막으로 정상이던 가중치를 남겼습니다.</translation>
    </message>
</context>
</TS>
