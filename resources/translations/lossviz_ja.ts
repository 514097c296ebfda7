<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AccuracyPlot</name>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>正解率 (%)</translation>
    </message>
    <message>
        <source>Accuracy: validation ●—, training - - -</source>
        <translation>正解率: 検証 ●—、訓練 - - -</translation>
    </message>
    <message>
        <source>Validation ●—, training - - -</source>
        <translation>検証 ●—、訓練 - - -</translation>
    </message>
    <message>
        <source>Validation ●—&lt;br&gt;training - - -</source>
        <translation>検証 ●—&lt;br&gt;訓練 - - -</translation>
    </message>
    <message>
        <source>The share of digits the network gets right after each epoch.
Dashed: on the training images it learns from. Solid with dots: on validation images it never trains on,
the honest measure. A widening gap between the two means it is memorising instead of learning.</source>
        <translation>各エポックの後に、ネットワークが正しく読み取れた数字の割合です。
破線: 学習に使う訓練画像での値。点付きの実線: 学習には使わない検証画像での値で、
こちらが本当の実力です。両者の差が開いていくのは、学習ではなく丸暗記をしている印です。</translation>
    </message>
</context>
<context>
    <name>AdvancedStrip</name>
    <message>
        <source>Temperature T</source>
        <translation>温度 T</translation>
    </message>
    <message>
        <source>Label smoothing ε</source>
        <translation>ラベル平滑化 ε</translation>
    </message>
    <message>
        <source>Softmax temperature T</source>
        <translation>ソフトマックス関数の温度 T</translation>
    </message>
    <message>
        <source>Focal loss γ</source>
        <translation>フォーカル損失の γ</translation>
    </message>
    <message>
        <source>y = softmax(z / T): above 1 flattens y, below 1 sharpens it; every gradient carries a factor 1/T. %1 = off.</source>
        <translation>y = ソフトマックス(z / T): 1 より大きいと y は平らに、1 より小さいと鋭くなります。勾配にはすべて 1/T が掛かります。%1 = オフ。</translation>
    </message>
    <message>
        <source>t = (1 − ε)·onehot + ε/K: the correct class gets 1 − ε + ε/K and every other class ε/K. %1 = off.</source>
        <translation>t = (1 − ε)·(ワンホット) + ε/K: 正解クラスは 1 − ε + ε/K、その他のクラスはそれぞれ ε/K になります。%1 = オフ。</translation>
    </message>
    <message>
        <source>The focal loss&apos;s γ, from 0 to 5: the factor (1 − y)^γ turns down the loss of classes already right; γ = 0 is cross-entropy</source>
        <translation>フォーカル損失の γ (0 から 5): 係数 (1 − y)^γ がすでに正しいクラスの損失を小さくします。γ = 0 は交差エントロピー誤差です</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>KL ダイバージェンス</translation>
    </message>
    <message>
        <source>Focal loss</source>
        <translation>フォーカル損失</translation>
    </message>
    <message>
        <source>Multi-class hinge</source>
        <translation>多クラスヒンジ損失</translation>
    </message>
    <message>
        <source>Σ t log(t / y) = cross-entropy − H(t): with label smoothing, what of the cross-entropy the network can still reduce</source>
        <translation>Σ t log(t / y) = 交差エントロピー誤差 − H(t): ラベル平滑化のとき、交差エントロピー誤差のうちネットワークがまだ減らせる部分</translation>
    </message>
    <message>
        <source>Σ over the wrong classes of max(0, zⱼ − z_label + 1), on the logits (CS231n&apos;s multiclass SVM loss)</source>
        <translation>不正解クラスについての max(0, zⱼ − (正解クラスの z) + 1) の和。ロジットに対する損失です (多クラスのサポートベクターマシンの損失)</translation>
    </message>
    <message>
        <source>For the softmax of several classes only</source>
        <translation>複数クラスのソフトマックス関数のみ</translation>
    </message>
</context>
<context>
    <name>ClassSliderPanel</name>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Logit z</source>
        <translation>ロジット z</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Probability p</source>
        <translation>確率 p</translation>
    </message>
    <message>
        <source>Probability y</source>
        <translation>確率 y</translation>
    </message>
    <message>
        <source>Logit of the sigmoid output</source>
        <translation>シグモイド関数の出力のロジット</translation>
    </message>
    <message>
        <source>Logit of class %1</source>
        <translation>クラス %1 のロジット</translation>
    </message>
</context>
<context>
    <name>ConfusionModel</name>
    <message>
        <source>True digit %1, the network answered %2: %3 of the %4 digits %1 (%5%)</source>
        <translation>正解 %1、ネットワークの答え %2：%1 の %4 個のうち %3 個（%5%）</translation>
    </message>
    <message>
        <source>True digit %1</source>
        <translation>正解 %1</translation>
    </message>
    <message>
        <source>The network answered %1</source>
        <translation>ネットワークの答え %1</translation>
    </message>
</context>
<context>
    <name>CoveredForRegression</name>
    <message>
        <source>The regression example has no classes or probabilities: its outputs ŷ, targets y and squared differences are in the Worked example table.</source>
        <translation>回帰の例にはクラスも確率もありません: 出力 ŷ、正解値 y、差の2乗は計算例の表にあります。</translation>
    </message>
</context>
<context>
    <name>DataSourceRow</name>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>訓練データ</translation>
    </message>
    <message>
        <source>Bundled subset (5,000 images)</source>
        <translation>同梱のサブセット (5,000 枚)</translation>
    </message>
    <message>
        <source>Full MNIST (70,000 images)</source>
        <translation>MNIST 全体 (70,000 枚)</translation>
    </message>
    <message>
        <source>Download full MNIST…</source>
        <translation>MNIST 全体をダウンロード…</translation>
    </message>
    <message>
        <source>Fetch the four MNIST files (11 MB) and check each against its published checksum</source>
        <translation>MNIST の 4 つのファイル (11 MB) を取得し、それぞれ公開されているチェックサムで確認します</translation>
    </message>
    <message>
        <source>Open IDX folder…</source>
        <translation>IDX フォルダーを開く…</translation>
    </message>
    <message>
        <source>Train on a folder of IDX files: MNIST, Fashion-MNIST, or any 28 × 28 images in 10 classes</source>
        <translation>IDX ファイルのフォルダーで学習します: MNIST、Fashion-MNIST、または 10 クラスの 28 × 28 画像</translation>
    </message>
    <message>
        <source>Downloading MNIST… %p%</source>
        <translation>MNIST をダウンロード中… %p%</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>ダウンロードを中止</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>フォルダー: %1</translation>
    </message>
    <message>
        <source>Folder of IDX files</source>
        <translation>IDX ファイルのフォルダー</translation>
    </message>
</context>
<context>
    <name>DerivationPanel</name>
    <message>
        <source>z%1, the correct class</source>
        <translation>z%1 (正解クラス)</translation>
    </message>
    <message>
        <source>The gradient ∂E/∂z step by step</source>
        <translation>勾配 ∂E/∂z の導出</translation>
    </message>
    <message>
        <source>Gradient ∂E/∂zₖ of the logit</source>
        <translation>勾配 ∂E/∂zₖ を求めるロジット</translation>
    </message>
    <message>
        <source>Cross-entropy error</source>
        <translation>交差エントロピー誤差</translation>
    </message>
    <message>
        <source>Sum of squared error</source>
        <translation>2乗和誤差</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>バイナリ交差エントロピー</translation>
    </message>
    <message>
        <source>Squared error</source>
        <translation>2乗誤差</translation>
    </message>
    <message>
        <source>No room for both side by side: one loss at a time. Both share the factors yⱼ(δⱼₖ − yₖ).</source>
        <translation>2つを横に並べる幅がないので、損失を1つずつ表示します。どちらも同じ因子 yⱼ(δⱼₖ − yₖ) を使います。</translation>
    </message>
    <message>
        <source>Both go through the same factor p(1 − p), at most ¼. Binary cross-entropy&apos;s ∂E/∂p cancels it, so its gradient stays p − t; the squared error keeps it, so its gradient fades as p nears 0 or 1.</source>
        <translation>どちらも同じ因子 p(1 − p) (最大 ¼) を通ります。バイナリ交差エントロピーでは ∂E/∂p がこの因子を打ち消すので、勾配は p − t のままです。2乗誤差では因子が残るので、p が 0 や 1 に近づくと勾配は消えていきます。</translation>
    </message>
    <message>
        <source>Both sums take the same factors yⱼ(δⱼₖ − yₖ), each at most ¼ in size (δⱼₖ is 1 where j = k, else 0; not the δ = 10⁻⁷ inside the log). Cross-entropy&apos;s −tⱼ / yⱼ cancels their yⱼ, so its gradient stays yₖ − tₖ however saturated y is; the squared error&apos;s yⱼ − tⱼ does not, so its gradient fades with the factors.</source>
        <translation>どちらの和も同じ因子 yⱼ(δⱼₖ − yₖ) を使います。どれも大きさは ¼ 以下です (δⱼₖ は j = k のとき 1、それ以外は 0。log の中の δ = 10⁻⁷ とは別物です)。交差エントロピー誤差では −tⱼ / yⱼ が因子の yⱼ を打ち消すので、y がどれほど飽和しても勾配は yₖ − tₖ のままです。2乗和誤差の yⱼ − tⱼ は打ち消さないので、勾配は因子とともに消えていきます。</translation>
    </message>
    <message>
        <source>No logits: these probabilities were typed in. The formulas are applied to y as written, as the gradient plot does.</source>
        <translation>ロジットがありません: この確率は入力された値です。勾配のグラフと同じく、式は入力された y のまま当てはめています。</translation>
    </message>
</context>
<context>
    <name>DigitView</name>
    <message>
        <source>Validation digit</source>
        <translation>検証用の数字</translation>
    </message>
    <message>
        <source>Validation digit number</source>
        <translation>検証用の数字の番号</translation>
    </message>
    <message>
        <source>Previous validation digit</source>
        <translation>前の検証用の数字</translation>
    </message>
    <message>
        <source>Next validation digit</source>
        <translation>次の検証用の数字</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>Show this digit in the loss explorer</source>
        <translation>この数字をエクスプローラーに表示</translation>
    </message>
    <message>
        <source>The network&apos;s output logits for this digit drive the explorer&apos;s sliders, plots and losses, with the digit&apos;s label as the correct class.</source>
        <translation>この数字に対するネットワークの出力ロジットが、エクスプローラーのスライダー・グラフ・損失を動かします。数字のラベルが正解クラスです。</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>right</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>不正解</translation>
    </message>
    <message>
        <source>Label &lt;b&gt;%1&lt;/b&gt; · the network says &lt;b&gt;%2&lt;/b&gt; (&lt;span style=&apos;color:%3&apos;&gt;%4&lt;/span&gt;)&lt;br&gt;y&lt;sub&gt;%1&lt;/sub&gt; = %5 · cross-entropy −log y&lt;sub&gt;%1&lt;/sub&gt; = %6</source>
        <translation>ラベル &lt;b&gt;%1&lt;/b&gt; · ネットワークの答え &lt;b&gt;%2&lt;/b&gt; (&lt;span style=&apos;color:%3&apos;&gt;%4&lt;/span&gt;)&lt;br&gt;y&lt;sub&gt;%1&lt;/sub&gt; = %5 · 交差エントロピー誤差 −log y&lt;sub&gt;%1&lt;/sub&gt; = %6</translation>
    </message>
</context>
<context>
    <name>DrawPad</name>
    <message>
        <source>Draw a digit, choose what it should be, and see each loss judge it</source>
        <translation>数字を描き、正解を選んで、それぞれの損失関数の判定を見る</translation>
    </message>
    <message>
        <source>Drawing pad</source>
        <translation>描画パッド</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger.</source>
        <translation>マウス、ペン、指で数字を描いてください。</translation>
    </message>
    <message>
        <source>What the network sees (28 × 28):</source>
        <translation>ネットワークが見る画像（28 × 28）：</translation>
    </message>
    <message>
        <source>The drawing as the network sees it, 28 by 28 pixels</source>
        <translation>ネットワークが見る描画（28 × 28 ピクセル）</translation>
    </message>
    <message>
        <source>It should be:</source>
        <translation>正解：</translation>
    </message>
    <message>
        <source>It should be %1</source>
        <translation>正解は %1</translation>
    </message>
    <message>
        <source>Show the drawing in the loss explorer</source>
        <translation>描いた数字を損失エクスプローラーに表示</translation>
    </message>
    <message>
        <source>The network&apos;s output logits for the drawing drive the explorer&apos;s sliders, plots and losses, with the digit it should be as the correct class.</source>
        <translation>描いた数字に対するネットワークの出力ロジットが、エクスプローラーのスライダー、グラフ、損失を動かします。選んだ正解が正解クラスになります。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>One step</source>
        <translation>1ステップ</translation>
    </message>
    <message>
        <source>One step of gradient descent on this drawing alone, with each loss, from copies of the network (the network itself does not change).</source>
        <translation>この描画だけで、それぞれの損失関数により勾配降下法を1ステップ行います（ネットワークのコピーで行い、ネットワーク自体は変わりません）。</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Draw a digit on the pad.</source>
        <translation>パッドに数字を描いてください。</translation>
    </message>
    <message>
        <source>The network says &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>ネットワークの答え &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;One step&lt;/i&gt; shows how far one step of gradient descent with each loss moves y of the digit it should be.</source>
        <translation>&lt;i&gt;1ステップ&lt;/i&gt;：それぞれの損失関数で勾配降下法を1ステップ行うと、正解の数字の y がどれだけ動くかを示します。</translation>
    </message>
    <message>
        <source>One step on this drawing as a %1, learning rate %2:</source>
        <translation>この描画を %1 として1ステップ（学習率 %2）：</translation>
    </message>
</context>
<context>
    <name>ExperimentNotes</name>
    <message>
        <source>Press Train: two networks start from the same weights and learn from the very same batches, one with cross-entropy, the other with squared error.</source>
        <translation>「学習」を押すと、同じ重みから始まる2つのネットワークがまったく同じバッチで学習します。一方は交差エントロピー誤差、もう一方は2乗和誤差で。</translation>
    </message>
    <message>
        <source>Plateau: the squared error&apos;s network is stuck at %1 validation accuracy, its gradient at the outputs %2 times smaller than cross-entropy&apos;s. Why: through the softmax its gradient carries the factors yⱼ(δⱼₖ − yₖ), which vanish when y saturates near 0 or 1, while cross-entropy&apos;s gradient y − t stays large exactly when the answer is wrong.</source>
        <translation>停滞（プラトー）：2乗和誤差のネットワークは検証精度 %1 で止まったまま、出力での勾配は交差エントロピー誤差の %2 分の1 です。理由：その勾配はソフトマックス関数を通るため yⱼ(δⱼₖ − yₖ) という因子を含み、y が 0 や 1 の近くで飽和するとこの因子が消えてしまいます。交差エントロピー誤差の勾配 y − t は、答えが間違っているときこそ大きいままです。</translation>
    </message>
    <message>
        <source>The plateau ended at epoch %1: the squared error&apos;s softmax is no longer saturated, so its gradient has grown and its network learns (now %2 validation accuracy).</source>
        <translation>停滞はエポック %1 で終わりました：2乗和誤差のソフトマックス関数はもう飽和しておらず、勾配が大きくなってネットワークが学習しています（現在の検証精度 %2）。</translation>
    </message>
    <message>
        <source>No plateau: neither network&apos;s softmax is saturated, so both losses give gradients large enough to learn. Start confidently wrong to see the difference.</source>
        <translation>停滞なし：どちらのネットワークのソフトマックス関数も飽和していないので、どちらの損失も学習に十分な勾配を与えます。違いを見るには「自信満々に間違えた状態から開始」を選んでください。</translation>
    </message>
    <message>
        <source>Why cross-entropy? The same network, the same data, two losses.</source>
        <translation>なぜ交差エントロピー誤差？ 同じネットワーク、同じデータ、2つの損失関数。</translation>
    </message>
    <message>
        <source>Started confidently wrong (one output&apos;s bias raised by 12)</source>
        <translation>自信満々に間違えた状態から開始（1つの出力のバイアスを 12 上げた）</translation>
    </message>
    <message>
        <source>Started as initialised</source>
        <translation>初期化したままの状態から開始</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: batch %2 of %3, validation accuracy %4 at the start</source>
        <translation>%1：バッチ %2 / %3、開始時の検証精度 %4</translation>
    </message>
    <message>
        <source>; now %1</source>
        <translation>。現在 %1</translation>
    </message>
    <message>
        <source> (finished)</source>
        <translation>（終了）</translation>
    </message>
    <message>
        <source>No loss explorer is connected to this view.</source>
        <translation>この表示には損失エクスプローラーがつながっていません。</translation>
    </message>
    <message>
        <source>Nothing to show yet: the digits&apos; outputs are recorded while the experiment runs (a lesson&apos;s curves do not keep them).</source>
        <translation>まだ表示できるものがありません：数字への出力は実験の実行中に記録されます（レッスンに保存した曲線には含まれません）。</translation>
    </message>
    <message>
        <source>Click a moment on any curve to see this digit&apos;s output then, in the loss explorer, from the network whose curve you clicked.</source>
        <translation>曲線上の時点をクリックすると、その時点でのこの数字への出力を、クリックした曲線のネットワークについて損失エクスプローラーに表示します。</translation>
    </message>
    <message>
        <source>In the explorer: %1, as both networks answered at the start.</source>
        <translation>エクスプローラーに表示中：%1、開始時の両ネットワークの答え。</translation>
    </message>
    <message>
        <source>In the explorer: %1, as the %2 network answered after batch %3 (epoch %4). Moving anything in the explorer lets go.</source>
        <translation>エクスプローラーに表示中：%1、%2のネットワークのバッチ %3（エポック %4）後の答え。エクスプローラーで何かを動かすと解除されます。</translation>
    </message>
</context>
<context>
    <name>ExperimentView</name>
    <message>
        <source>Start confidently wrong</source>
        <translation>自信満々に間違えた状態から開始</translation>
    </message>
    <message>
        <source>Start as initialised</source>
        <translation>初期化したままの状態から開始</translation>
    </message>
    <message>
        <source>Confidently wrong: one output&apos;s bias is raised by 12, so both networks call every digit that class
with y ≈ 1 before training. As initialised: the networks as their random start leaves them.</source>
        <translation>自信満々に間違えた状態：1つの出力のバイアスを 12 上げるので、学習前の両ネットワークはどの数字もそのクラスだと
y ≈ 1 で答えます。初期化したまま：ランダムな初期値のままのネットワーク。</translation>
    </message>
    <message>
        <source>How the two networks start</source>
        <translation>2つのネットワークの開始状態</translation>
    </message>
    <message>
        <source>Digit for the explorer:</source>
        <translation>エクスプローラーに表示する数字：</translation>
    </message>
    <message>
        <source>Validation digit shown in the explorer</source>
        <translation>エクスプローラーに表示する検証用の数字</translation>
    </message>
    <message>
        <source>a %1 (validation image %2)</source>
        <translation>%1（検証画像 %2）</translation>
    </message>
</context>
<context>
    <name>ExplorerLink</name>
    <message>
        <source>In the explorer the logits are shifted by %1 to fit the sliders: softmax and the losses are the same for any shift.</source>
        <translation>エクスプローラーではスライダーに収めるため、ロジットを %1 ずらしています。ソフトマックス関数と損失は、どれだけずらしても変わりません。</translation>
    </message>
    <message>
        <source>The logits span %1, more than the sliders&apos; %2: the sliders show them shifted by %3 and cut at %4; the losses use the network&apos;s exact probabilities, so “from logits” is n/a.</source>
        <translation>ロジットの幅は %1 で、スライダーの幅 %2 を超えています。スライダーは %3 ずらし、%4 で切った値を示します。損失はネットワークの正確な確率から計算するため、「ロジットからの交差エントロピー」はなしです。</translation>
    </message>
</context>
<context>
    <name>ExplorerToolbar</name>
    <message>
        <source>Explorer</source>
        <translation>エクスプローラー</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>クラス数</translation>
    </message>
    <message>
        <source>Correct class</source>
        <translation>正解クラス</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>例</translation>
    </message>
    <message>
        <source>Several classes (softmax)</source>
        <translation>多クラス (ソフトマックス)</translation>
    </message>
    <message>
        <source>Binary (sigmoid)</source>
        <translation>2 クラス (シグモイド)</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>クラス数</translation>
    </message>
    <message>
        <source>Tutorial example</source>
        <translation>教材の計算例</translation>
    </message>
    <message>
        <source>Choose a tutorial example…</source>
        <translation>教材の計算例を選ぶ…</translation>
    </message>
    <message>
        <source>0 (no)</source>
        <translation>0 (いいえ)</translation>
    </message>
    <message>
        <source>1 (yes)</source>
        <translation>1 (はい)</translation>
    </message>
</context>
<context>
    <name>ExplorerView</name>
    <message>
        <source>Worked example</source>
        <translation>計算例</translation>
    </message>
    <message>
        <source>Logit → sigmoid probability</source>
        <translation>ロジット → シグモイド関数の確率</translation>
    </message>
    <message>
        <source>Logits → softmax probabilities</source>
        <translation>ロジット → ソフトマックス関数の確率</translation>
    </message>
    <message>
        <source>The tutorial prints its numbers at T = 1, ε = 0; the Losses use T = %1, ε = %2.</source>
        <translation>チュートリアルの数値は T = 1, ε = 0 のときのものです。損失は T = %1, ε = %2 で計算しています。</translation>
    </message>
    <message>
        <source>Shown at T = 1, ε = 0, as the tutorial prints it: T = %1, ε = %2 were set back (Advanced sets them again).</source>
        <translation>チュートリアルと同じ T = 1, ε = 0 で表示しています。T = %1, ε = %2 は元に戻しました（詳細設定で再び設定できます）。</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export for slides</source>
        <translation>スライド用に書き出し(&amp;E)</translation>
    </message>
    <message>
        <source>Whole window…</source>
        <translation>ウィンドウ全体…</translation>
    </message>
    <message>
        <source>Plot: output y against target t…</source>
        <translation>グラフ: 出力 y と教師データ t…</translation>
    </message>
    <message>
        <source>Plot: loss of the correct class&apos;s y…</source>
        <translation>グラフ: 正解クラスの y の損失…</translation>
    </message>
    <message>
        <source>Plot: gradients…</source>
        <translation>グラフ: 勾配…</translation>
    </message>
    <message>
        <source>Plot: MNIST training loss…</source>
        <translation>グラフ: MNIST の学習の損失…</translation>
    </message>
    <message>
        <source>Plot: MNIST accuracy…</source>
        <translation>グラフ: MNIST の正解率…</translation>
    </message>
    <message>
        <source>Copy the numbers as text</source>
        <translation>数値をテキストでコピー</translation>
    </message>
    <message>
        <source>The output vector, the target and every loss, for a worksheet</source>
        <translation>出力ベクトル、教師データ、すべての損失 (ワークシート用)</translation>
    </message>
    <message>
        <source>Export for slides</source>
        <translation>スライド用に書き出し</translation>
    </message>
    <message>
        <source>PNG image, 2× size (*.png);;SVG vector drawing (*.svg)</source>
        <translation>PNG 画像、2 倍サイズ (*.png);;SVG ベクター画像 (*.svg)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>The numbers are on the clipboard.</source>
        <translation>数値をクリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>%1 %2 · #%3</source>
        <translation>%1 %2 · %3位</translation>
    </message>
    <message>
        <source>Validation digit %1: label %2, the network answered %3. Cross-entropy %4 (worst-first rank %5), squared error %6 (worst-first rank %7).</source>
        <translation>検証用の数字 %1：ラベル %2、ネットワークの答え %3。交差エントロピー誤差 %4（悪い順で %5位）、2乗和誤差 %6（悪い順で %7位）。</translation>
    </message>
</context>
<context>
    <name>GradientPlot</name>
    <message>
        <source>the sigmoid&apos;s logit</source>
        <translation>シグモイド関数のロジット</translation>
    </message>
    <message>
        <source>class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>勾配</translation>
    </message>
    <message>
        <source>cross-entropy  y − t</source>
        <translation>交差エントロピー誤差  y − t</translation>
    </message>
    <message>
        <source>focal</source>
        <translation>フォーカル</translation>
    </message>
    <message>
        <source>hinge</source>
        <translation>ヒンジ</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>交差エントロピー</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>2乗和誤差</translation>
    </message>
    <message>
        <source>cross-entropy  p − t</source>
        <translation>交差エントロピー誤差  p − t</translation>
    </message>
    <message>
        <source>cross-entropy  (y − t)/T</source>
        <translation>交差エントロピー誤差  (y − t)/T</translation>
    </message>
    <message>
        <source>Gradient ∂E/∂z for each logit</source>
        <translation>各ロジットの勾配 ∂E/∂z</translation>
    </message>
    <message>
        <source>Gradient ∂E/∂z for the logit</source>
        <translation>ロジットの勾配 ∂E/∂z</translation>
    </message>
    <message>
        <source>Gradient ∂E/∂z</source>
        <translation>勾配 ∂E/∂z</translation>
    </message>
    <message>
        <source>How each logit should move to lower the loss (gradient descent moves against these bars).
Cross-entropy with softmax: exactly y − t.
Squared error through the softmax: y·((y − t) − Σ y(y − t)), which fades when y is near 0 or 1.
At a temperature T, y = softmax(z / T) and every gradient carries a factor 1/T.
KL divergence&apos;s gradient is exactly cross-entropy&apos;s: they differ by H(t), which does not depend on z.
Typed values that do not sum to 1 come from no logits: then there is no gradient to draw.</source>
        <translation>損失を下げるには各ロジットをどちらへ動かせばよいか (勾配降下法はこの棒と逆向きに動かします)。
ソフトマックス関数と交差エントロピー誤差: ちょうど y − t。
ソフトマックス関数を通した2乗和誤差: y·((y − t) − Σ y(y − t))。y が 0 や 1 に近いと小さくなります。
温度 T では y = ソフトマックス(z / T) となり、勾配にはすべて 1/T が掛かります。
KL ダイバージェンスの勾配は交差エントロピー誤差の勾配とまったく同じです: 両者の差 H(t) は z によらないからです。
合計が 1 にならない入力値はどのロジットからも得られないので、描く勾配がありません。</translation>
    </message>
    <message>
        <source>For classification only: the regression example has nothing to draw here.</source>
        <translation>分類専用です: 回帰の例にはここに描くものがありません。</translation>
    </message>
    <message>
        <source>∂E/∂z is not defined here: these typed values sum to %1, not 1, so no logits z give them. Renormalise them, or move a slider.</source>
        <translation>ここでは ∂E/∂z は定義されません: 入力値の合計が 1 ではなく %1 なので、これを出すロジット z はありません。正規化するか、スライダーを動かしてください。</translation>
    </message>
    <message>
        <source>Mean |∂E/∂z|</source>
        <translation>|∂E/∂z| の平均</translation>
    </message>
    <message>
        <source>Mean |∂E/∂z| at the outputs</source>
        <translation>出力での |∂E/∂z| の平均</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>mean |∂E/∂z| (log scale)</source>
        <translation>|∂E/∂z| の平均（対数目盛）</translation>
    </message>
    <message>
        <source>How hard each loss pushes the output logits z: the mean of |∂E/∂z| over a batch&apos;s
digits and the 10 outputs, on a logarithmic axis (each line is ten times the one below).
Cross-entropy&apos;s gradient is y − t; squared error&apos;s passes through the softmax&apos;s
factors yⱼ(δⱼₖ − yₖ), which are nearly 0 when y is nearly 0 or 1.</source>
        <translation>それぞれの損失が出力のロジット z をどれだけ強く押すか：バッチの数字と 10 個の出力にわたる |∂E/∂z| の平均を、
対数軸で示します（目盛り線が1本上がるごとに10倍）。
交差エントロピー誤差の勾配は y − t、2乗和誤差の勾配はソフトマックス関数の
因子 yⱼ(δⱼₖ − yₖ) を通り、y が 0 や 1 に近いとほぼ 0 になります。</translation>
    </message>
</context>
<context>
    <name>GuessBox</name>
    <message>
        <source>cross-entropy</source>
        <translation>交差エントロピー誤差</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>バイナリ交差エントロピー</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>2乗和誤差</translation>
    </message>
    <message>
        <source>Class&apos;s guess</source>
        <translation>教室の予想</translation>
    </message>
    <message>
        <source>e.g. 1.2</source>
        <translation>例: 1.2</translation>
    </message>
    <message>
        <source>Not a loss value: a number from 0 to 100</source>
        <translation>損失の値ではありません：0 から 100 までの数です</translation>
    </message>
    <message>
        <source>What the class called out, before you reveal (optional): the reveal starts from it</source>
        <translation>答えを見せる前に教室で出た予想（任意）：見せるときはこの値から動き出します</translation>
    </message>
    <message>
        <source>Class&apos;s guess (%1):</source>
        <translation>教室の予想（%1）：</translation>
    </message>
    <message>
        <source>The class guessed %1.</source>
        <translation>教室の予想: %1</translation>
    </message>
    <message>
        <source>The %1 is %2.</source>
        <translation>%1の本当の値: %2</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LectureKeys</name>
    <message>
        <source>Raise the temperature T</source>
        <translation>温度 T を上げる</translation>
    </message>
    <message>
        <source>Lower the temperature T</source>
        <translation>温度 T を下げる</translation>
    </message>
    <message>
        <source>More label smoothing ε</source>
        <translation>ラベル平滑化 ε を強める</translation>
    </message>
    <message>
        <source>Less label smoothing ε</source>
        <translation>ラベル平滑化 ε を弱める</translation>
    </message>
    <message>
        <source>Show or hide the Advanced strip</source>
        <translation>詳細設定の表示・非表示</translation>
    </message>
    <message>
        <source>The temperature T, label smoothing ε and the more losses, under the Losses (A)</source>
        <translation>温度 T、ラベル平滑化 ε、その他の損失（損失の下、A）</translation>
    </message>
    <message>
        <source>Correct class</source>
        <translation>正解クラス</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <source>Select the class above</source>
        <translation>上のクラスを選択</translation>
    </message>
    <message>
        <source>Select the class below</source>
        <translation>下のクラスを選択</translation>
    </message>
    <message>
        <source>Raise the selected logit</source>
        <translation>選択したロジットを上げる</translation>
    </message>
    <message>
        <source>Lower the selected logit</source>
        <translation>選択したロジットを下げる</translation>
    </message>
    <message>
        <source>Next worked example</source>
        <translation>次の計算例</translation>
    </message>
    <message>
        <source>Previous worked example</source>
        <translation>前の計算例</translation>
    </message>
    <message>
        <source>There is no class %1: this example has %2 classes.</source>
        <translation>クラス %1 はありません: この例のクラス数は %2 です。</translation>
    </message>
</context>
<context>
    <name>LessonActions</name>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>授業を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save lesson</source>
        <translation>授業を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save lesson &amp;as…</source>
        <translation>名前を付けて授業を保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Keep the trained network in saved lessons</source>
        <translation>学習済みネットワークを授業ファイルに含める</translation>
    </message>
    <message>
        <source>Save the MNIST network&apos;s weights with the lesson, so it opens trained</source>
        <translation>MNIST のネットワークの重みを授業ファイルに保存し、学習済みの状態で開けるようにします</translation>
    </message>
    <message>
        <source>LossViz lessons (*%1)</source>
        <translation>LossViz の授業 (*%1)</translation>
    </message>
    <message>
        <source>The lesson&apos;s data is not on this computer; the MNIST panel keeps its own.</source>
        <translation>授業のデータがこのコンピューターにありません。MNIST パネルは今のデータを使い続けます。</translation>
    </message>
    <message>
        <source>The lesson was not opened</source>
        <translation>授業を開けませんでした</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>The lesson was not saved</source>
        <translation>授業を保存できませんでした</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>授業を開く</translation>
    </message>
    <message>
        <source>Save the lesson</source>
        <translation>授業を保存</translation>
    </message>
</context>
<context>
    <name>LogLossPlot</name>
    <message>
        <source>y of the correct class</source>
        <translation>正解クラスの y</translation>
    </message>
    <message>
        <source>For classification only: the regression example has nothing to draw here.</source>
        <translation>分類専用です: 回帰の例にはここに描くものがありません。</translation>
    </message>
    <message>
        <source>The class guessed %1</source>
        <translation>教室の予想: %1</translation>
    </message>
    <message>
        <source>guess</source>
        <translation>予想</translation>
    </message>
    <message>
        <source>KL (= −log y)</source>
        <translation>KL (= −log y)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Blue: −log y, the cross-entropy when the correct class gets probability y.
Dashed: ½(1 − y)², that class&apos;s share of the squared error.
Near y = 0 (confidently wrong) cross-entropy grows without bound; squared error stays below ½.
The curve is −log y exactly; the read-out&apos;s −log(y + δ) stops near −log δ ≈ 16.1.
Grey dash-dot: the focal loss −(1 − y)^γ log y; dotted: KL divergence, which is −log y for a one-hot t.
With label smoothing the losses depend on every class&apos;s y: the curves are those of the one-hot target.</source>
        <translation>青: −log y。正解クラスの確率が y のときの交差エントロピー誤差です。
破線: ½(1 − y)²。2乗和誤差のうち、そのクラスの分です。
y = 0 の近く (自信を持って不正解) では交差エントロピー誤差はいくらでも大きくなりますが、2乗和誤差は ½ 未満にとどまります。
曲線は −log y そのものです。損失欄の −log(y + δ) は −log δ ≈ 16.1 付近で止まります。
灰色の一点鎖線: フォーカル損失 −(1 − y)^γ log y。点線: KL ダイバージェンス (ワンホットの t では −log y)。
ラベル平滑化のときは損失がすべてのクラスの y によるので、これらの曲線はワンホットの教師データのものです。</translation>
    </message>
    <message>
        <source>cross-entropy  −log y</source>
        <translation>交差エントロピー誤差  −log y</translation>
    </message>
    <message>
        <source>squared error  ½(1 − y)²</source>
        <translation>2乗誤差  ½(1 − y)²</translation>
    </message>
    <message>
        <source>−log y (one-hot t)</source>
        <translation>−log y (ワンホットの t)</translation>
    </message>
    <message>
        <source>Loss of the correct class&apos;s y</source>
        <translation>正解クラスの y に対する損失</translation>
    </message>
    <message>
        <source>Loss of its y</source>
        <translation>y の損失</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
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
        <translation>学習中のミニバッチごとの損失（細線）とその移動平均（太線）。
下がっていれば、ネットワークの答えがラベルに近づいています。
比較モードでは交差エントロピー誤差が青、2乗和誤差が朱色で、同じバッチで学習します。
両者は尺度が違うため、それぞれ最初のバッチの損失で割って描きます。どちらがよく学習したかは
正解率のグラフが示します。</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>loss ÷ first batch&apos;s</source>
        <translation>損失 ÷ 最初のバッチ</translation>
    </message>
    <message>
        <source>Loss of each mini-batch</source>
        <translation>ミニバッチごとの損失</translation>
    </message>
    <message>
        <source>Relative loss: %1</source>
        <translation>相対的な損失: %1</translation>
    </message>
    <message>
        <source>Loss per batch: %1</source>
        <translation>バッチごとの損失: %1</translation>
    </message>
</context>
<context>
    <name>LossExplorerWindow</name>
    <message>
        <source>Losses</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Every loss of the output y against the target t, each with its formula. Cross-entropy looks only at the correct class&apos;s y; the squared error looks at every class. The tutorials&apos; worked examples (Example above) show the numbers the tutorials print beside the ones computed here.</source>
        <translation>出力 y と教師データ t から求めたすべての損失と、その式です。交差エントロピー誤差は正解クラスの y だけを見ますが、2乗和誤差はすべてのクラスを見ます。教材の計算例 (上の「例」) では、教材に載っている値とここで計算した値を並べて示します。</translation>
    </message>
    <message>
        <source>Train on MNIST</source>
        <translation>MNIST で学習</translation>
    </message>
    <message>
        <source>A small network learns to read handwritten digits by lowering one of these losses, a mini-batch at a time. Pick a digit to see the network&apos;s answer for it in the plots above.</source>
        <translation>小さなニューラルネットワークが、これらの損失のどれかをミニバッチごとに小さくしながら、手書き数字の読み取りを学習します。数字を選ぶと、その数字に対するネットワークの答えが上のグラフに表示されます。</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>この画面の見方</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LossViz %1&lt;/h3&gt;&lt;p&gt;See what a neural network&apos;s loss function measures: softmax outputs against a one-hot target, every loss with its formula, and a tiny network learning MNIST.&lt;/p&gt;&lt;p&gt;MNIST: Yann LeCun and Corinna Cortes, CC BY-SA 3.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LossViz %1&lt;/h3&gt;&lt;p&gt;ニューラルネットワークの損失関数が何を測っているのかを見てみましょう: ワンホット表現の教師データに対するソフトマックス関数の出力、式つきのすべての損失、そして MNIST を学習する小さなネットワーク。&lt;/p&gt;&lt;p&gt;MNIST: Yann LeCun、Corinna Cortes、CC BY-SA 3.0。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LossViz</source>
        <translation>LossViz について</translation>
    </message>
    <message>
        <source>LossViz %1 — what a loss function measures</source>
        <translation>LossViz %1 — 損失関数は何を測るのか</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>エクスプローラー(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About LossViz</source>
        <translation>LossViz について(&amp;A)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Every logit back to 0: the uniform answer of an untrained network (Ctrl+R)</source>
        <translation>すべてのロジットを 0 に戻します: 未学習のネットワークの一様な答えです (Ctrl+R)</translation>
    </message>
    <message>
        <source>Train a network on MNIST</source>
        <translation>MNIST でネットワークを学習</translation>
    </message>
    <message>
        <source>Show or hide the panel that trains a network on MNIST (Ctrl+M)</source>
        <translation>MNIST でネットワークを学習するパネルを表示・非表示 (Ctrl+M)</translation>
    </message>
</context>
<context>
    <name>LossReadout</name>
    <message>
        <source>Sum of squared error</source>
        <translation>2乗和誤差</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>平均2乗誤差</translation>
    </message>
    <message>
        <source>Cross-entropy error</source>
        <translation>交差エントロピー誤差</translation>
    </message>
    <message>
        <source>Sparse cross-entropy</source>
        <translation>スパース交差エントロピー</translation>
    </message>
    <message>
        <source>Cross-entropy from logits</source>
        <translation>ロジットからの交差エントロピー</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>KL ダイバージェンス</translation>
    </message>
    <message>
        <source>Focal loss</source>
        <translation>フォーカル損失</translation>
    </message>
    <message>
        <source>Multi-class hinge</source>
        <translation>多クラスヒンジ損失</translation>
    </message>
    <message>
        <source>T = %1: y = softmax(z / %1)</source>
        <translation>T = %1: y = ソフトマックス(z / %1)</translation>
    </message>
    <message>
        <source>ε = %1: t = %2 for the correct class, %3 for the others</source>
        <translation>ε = %1: t は正解クラスで %2、その他で %3</translation>
    </message>
    <message>
        <source>A class index cannot be smoothed: with label smoothing ε &gt; 0, −log(y_label + δ) is no longer the cross-entropy of the target t. See “Cross-entropy error”.</source>
        <translation>クラス番号は平滑化できません: ラベル平滑化 ε &gt; 0 では −log(y_label + δ) はもう教師データ t の交差エントロピー誤差ではありません。「交差エントロピー誤差」を見てください。</translation>
    </message>
    <message>
        <source>No logits: these probabilities were typed in, and the hinge is a loss of the logits z. Move a slider, or type logits.</source>
        <translation>ロジットがありません: この確率は入力されたもので、ヒンジ損失はロジット z の損失です。スライダーを動かすか、ロジットを入力してください。</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>バイナリ交差エントロピー</translation>
    </message>
    <message>
        <source>Binary cross-entropy from logit</source>
        <translation>ロジットからのバイナリ交差エントロピー</translation>
    </message>
    <message>
        <source>Squared error</source>
        <translation>2乗誤差</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Advanced: temperature, label smoothing, more losses</source>
        <translation>詳細設定: 温度、ラベル平滑化、その他の損失</translation>
    </message>
    <message>
        <source>The softmax&apos;s temperature T, label smoothing ε, and more losses: KL divergence, focal loss, the multi-class hinge, each with its formula, curve and gradient</source>
        <translation>ソフトマックス関数の温度 T、ラベル平滑化 ε、その他の損失: KL ダイバージェンス、フォーカル損失、多クラスヒンジ損失 (それぞれ式、曲線、勾配つき)</translation>
    </message>
    <message>
        <source>KL = CE − H(t): the cross-entropy without δ, minus the target&apos;s entropy H(t) = −Σ t log t, which is 0 for a one-hot t and grows with label smoothing</source>
        <translation>KL = CE − H(t): δ なしの交差エントロピー誤差から、教師データのエントロピー H(t) = −Σ t log t を引いたもの。H(t) はワンホットの t では 0、ラベル平滑化で大きくなります</translation>
    </message>
    <message>
        <source>δ = 10⁻⁷ keeps log(0) finite, as in the tutorials.</source>
        <translation>教材と同じく、δ = 10⁻⁷ で log(0) が無限大になるのを防ぎます。</translation>
    </message>
    <message>
        <source>⚠ Near y = 0, δ = 10⁻⁷ caps −log(y + δ) at −log δ ≈ 16.1: the cross-entropy reads less than −log y, which the curve and “from logits” show without δ.</source>
        <translation>⚠ y = 0 の近くでは δ = 10⁻⁷ により −log(y + δ) は −log δ ≈ 16.1 で頭打ちになります: 交差エントロピー誤差は、曲線と「ロジットからの交差エントロピー」が δ なしで示す −log y より小さくなります。</translation>
    </message>
    <message>
        <source>⚠ Near p = 0 or 1, p is clipped to [δ, 1 − δ], δ = 10⁻⁷, which caps the binary cross-entropy at −log δ ≈ 16.1; “from logit” shows it without the clip.</source>
        <translation>⚠ p が 0 や 1 に近いと p は [δ, 1 − δ] (δ = 10⁻⁷) に切り詰められ、バイナリ交差エントロピーは −log δ ≈ 16.1 で頭打ちになります。「ロジットからのバイナリ交差エントロピー」は切り詰めなしの値です。</translation>
    </message>
    <message>
        <source>The regression example has no classes: its losses are in the Worked example table. Move a slider to explore classification again.</source>
        <translation>回帰の例にはクラスがありません: その損失は計算例の表にあります。スライダーを動かすと分類の表示に戻ります。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No logits: these probabilities were typed in. Move a slider to drive y from logits.</source>
        <translation>ロジットがありません: この確率は入力された値です。スライダーを動かすと、y がロジットから計算されます。</translation>
    </message>
    <message>
        <source>Label t = %1, sigmoid output p = %2</source>
        <translation>ラベル t = %1、シグモイド関数の出力 p = %2</translation>
    </message>
    <message>
        <source>Correct class %1:  y%2 = %3   ·   Σ y = %4</source>
        <translation>正解クラス %1:  y%2 = %3   ·   Σ y = %4</translation>
    </message>
</context>
<context>
    <name>MistakesView</name>
    <message>
        <source>The network&apos;s mistakes</source>
        <translation>ネットワークの間違い</translation>
    </message>
    <message>
        <source>Rows: the true digit · columns: the network&apos;s answer</source>
        <translation>行：正解の数字 · 列：ネットワークの答え</translation>
    </message>
    <message>
        <source>Shares of each row (%)</source>
        <translation>行ごとの割合（%）</translation>
    </message>
    <message>
        <source>Confusion matrix of the validation digits</source>
        <translation>検証用の数字の混同行列</translation>
    </message>
    <message>
        <source>Click a cell to see its digits.</source>
        <translation>セルをクリックすると、その数字を表示します。</translation>
    </message>
    <message>
        <source>Worst first by:</source>
        <translation>悪い順の基準：</translation>
    </message>
    <message>
        <source>All digits</source>
        <translation>すべての数字</translation>
    </message>
    <message>
        <source>Validation digits</source>
        <translation>検証用の数字</translation>
    </message>
    <message>
        <source>Click a digit to show the network&apos;s answer for it in the loss explorer.</source>
        <translation>数字をクリックすると、それに対するネットワークの答えを損失エクスプローラーに表示します。</translation>
    </message>
    <message>
        <source>The mistakes could not be worked out: %1</source>
        <translation>間違いを計算できませんでした：%1</translation>
    </message>
    <message>
        <source>Train the network: after each epoch its answers on the validation digits are counted here.</source>
        <translation>ネットワークを学習させてください。エポックごとに、検証用の数字に対する答えをここで数えます。</translation>
    </message>
    <message>
        <source>%1 validation digits: %2% right, %3 wrong.</source>
        <translation>検証用の数字 %1 個：正解 %2%、間違い %3 個。</translation>
    </message>
    <message>
        <source>All %1 digits, worst first by %2; each also shows its rank by %3.</source>
        <translation>全 %1 個の数字を%2の悪い順に表示。%3での順位も併記。</translation>
    </message>
    <message numerus="yes">
        <source>Label %1, answered %2: %n digit(s), worst first by %3.</source>
        <translation>
            <numerusform>ラベル %1、答え %2：%n 個、%3の悪い順。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MnistPanel</name>
    <message>
        <source>The learning rate must be a number such as 0.1, not “{text}”.</source>
        <translation>学習率は 0.1 のような数値にしてください (「{text}」ではなく)。</translation>
    </message>
    <message>
        <source>The trained network from the lesson: press Train to train a new one.</source>
        <translation>授業ファイルの学習済みネットワークです。「学習」を押すと新しく学習します。</translation>
    </message>
    <message>
        <source>Ready: press Train, or Step one batch.</source>
        <translation>準備完了: 「学習」か「1 バッチ進める」を押してください。</translation>
    </message>
</context>
<context>
    <name>NoteWindow</name>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>教師用メモ</translation>
    </message>
    <message>
        <source>A note for this slide, for your eyes only</source>
        <translation>このスライドのメモ(教師だけが見るもの)</translation>
    </message>
</context>
<context>
    <name>OwnQuestionDialog</name>
    <message>
        <source>Your own question</source>
        <translation>自分で作る問題</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>問題:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>答え:</translation>
    </message>
    <message>
        <source>Teacher&apos;s note:</source>
        <translation>教師用メモ:</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Presentation mode</source>
        <translation>プレゼンテーションモード</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>発表</translation>
    </message>
    <message>
        <source>Full screen, large text and thick lines for a projector (F5; Esc leaves)</source>
        <translation>プロジェクター向けに全画面・大きな文字・太い線で表示します (F5、Esc で終了)</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>プレゼンテーションモードを終了</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Actual size (100%)</source>
        <translation>実際のサイズ (100%)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Light (for projectors)</source>
        <translation>ライト (プロジェクター向け)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>ズーム %1%</translation>
    </message>
</context>
<context>
    <name>ProbabilityEntry</name>
    <message>
        <source>Probability vector</source>
        <translation>確率ベクトル</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Renormalise</source>
        <translation>再正規化</translation>
    </message>
    <message>
        <source>Divide every value by the sum, so that they sum to 1</source>
        <translation>合計が 1 になるように、すべての値を合計で割ります</translation>
    </message>
    <message>
        <source>Type the sigmoid output p (between 0 and 1):</source>
        <translation>シグモイド関数の出力 p を入力 (0 から 1):</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例: %1</translation>
    </message>
    <message>
        <source>⚠ The sliders reach from %1 to %2: %3. The losses use the logits the sliders show.</source>
        <translation>⚠ スライダーの範囲は %1 から %2 です: %3。損失はスライダーが示すロジットで計算されます。</translation>
    </message>
    <message>
        <source>Type probabilities or logits</source>
        <translation>確率かロジットを入力</translation>
    </message>
    <message>
        <source>What the field reads: probabilities y (used as written), or logits z (put on the sliders)</source>
        <translation>入力欄の読み方: 確率 y (書いたとおりに使う) か、ロジット z (スライダーに設定)</translation>
    </message>
    <message>
        <source>Logits</source>
        <translation>ロジット</translation>
    </message>
    <message>
        <source>Type the sigmoid&apos;s logit z:</source>
        <translation>シグモイド関数のロジット z を入力:</translation>
    </message>
    <message>
        <source>Type or paste %1 logits:</source>
        <translation>%1 個のロジットを入力または貼り付け:</translation>
    </message>
    <message>
        <source>Type or paste %1 probabilities:</source>
        <translation>%1 個の確率を入力または貼り付け:</translation>
    </message>
    <message>
        <source>⚠ These values sum to %1, not 1. The losses are computed on them as written.</source>
        <translation>⚠ これらの値の合計は 1 ではなく %1 です。損失は入力された値のまま計算します。</translation>
    </message>
</context>
<context>
    <name>ProbabilityPlot</name>
    <message>
        <source>class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>確率</translation>
    </message>
    <message>
        <source>y (output)</source>
        <translation>y (出力)</translation>
    </message>
    <message>
        <source>y = softmax(z / %1)</source>
        <translation>y = ソフトマックス(z / %1)</translation>
    </message>
    <message>
        <source>t (one-hot target)</source>
        <translation>t (教師データ)</translation>
    </message>
    <message>
        <source>t (smoothed, ε = %1)</source>
        <translation>t (平滑化, ε = %1)</translation>
    </message>
    <message>
        <source>Blue bars: the network&apos;s output y for each class.
Orange diamonds: the target t, 1 for the correct class and 0 elsewhere.</source>
        <translation>青い棒: 各クラスに対するネットワークの出力 y。
オレンジのひし形: 教師データ t。正解クラスが 1、それ以外は 0。</translation>
    </message>
    <message>
        <source>Output y against target t</source>
        <translation>出力 y と教師データ t</translation>
    </message>
    <message>
        <source>y against t</source>
        <translation>y と t</translation>
    </message>
</context>
<context>
    <name>QuizBar</name>
    <message>
        <source>Quiz</source>
        <translation>クイズ</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>スライド</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>What do you expect? Guess, then reveal.</source>
        <translation>どうなると思いますか? 予想してから答えを見ましょう。</translation>
    </message>
</context>
<context>
    <name>QuizMode</name>
    <message>
        <source>This is the last slide.</source>
        <translation>最後のスライドです。</translation>
    </message>
    <message>
        <source>This is the first slide.</source>
        <translation>最初のスライドです。</translation>
    </message>
    <message>
        <source>Slide %1 of %2 added</source>
        <translation>スライド %1 / %2 を追加しました</translation>
    </message>
    <message>
        <source>Loss values</source>
        <translation>損失の値</translation>
    </message>
    <message>
        <source>Plot: output y against target t</source>
        <translation>グラフ: 出力 y と教師データ t</translation>
    </message>
    <message>
        <source>Plot: loss of the correct class&apos;s y</source>
        <translation>グラフ: 正解クラスの y に対する損失</translation>
    </message>
    <message>
        <source>Plot: gradients</source>
        <translation>グラフ: 勾配</translation>
    </message>
    <message>
        <source>The network&apos;s answer for the validation digit</source>
        <translation>検証用の数字に対するネットワークの答え</translation>
    </message>
    <message>
        <source>The network&apos;s answer for the drawing</source>
        <translation>描いた数字へのネットワークの答え</translation>
    </message>
    <message>
        <source>Quiz mode</source>
        <translation>クイズモード</translation>
    </message>
    <message>
        <source>Hide the chosen parts while the class guesses, then reveal them (F7)</source>
        <translation>選んだ部分を隠して予想させ、あとで見せます (F7)</translation>
    </message>
    <message>
        <source>Hide in quiz mode</source>
        <translation>クイズモードで隠すもの</translation>
    </message>
    <message>
        <source>Reveal the next part, then the next slide</source>
        <translation>次の部分を見せる(その後は次のスライド)</translation>
    </message>
    <message>
        <source>Reveal ▶</source>
        <translation>見せる ▶</translation>
    </message>
    <message>
        <source>Back: hide the last part again, then the previous slide</source>
        <translation>戻る: 最後に見せた部分を隠す(その後は前のスライド)</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 戻る</translation>
    </message>
    <message>
        <source>Reveal all, or hide all again</source>
        <translation>すべて見せる/もう一度すべて隠す</translation>
    </message>
    <message>
        <source>Built-in questions</source>
        <translation>用意された問題</translation>
    </message>
    <message>
        <source>Write your own question…</source>
        <translation>自分で問題を作る…</translation>
    </message>
    <message>
        <source>Add this as a slide</source>
        <translation>この画面をスライドとして追加</translation>
    </message>
    <message>
        <source>Remove this slide</source>
        <translation>このスライドを削除</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>次のスライド</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>前のスライド</translation>
    </message>
    <message>
        <source>Teacher&apos;s note window</source>
        <translation>教師用メモのウィンドウ</translation>
    </message>
    <message>
        <source>The slide&apos;s note in a small window of its own, for the laptop&apos;s screen</source>
        <translation>スライドのメモを小さな別ウィンドウに表示します(ノートパソコンの画面用)</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>クイズ(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>RelativeLossPlot</name>
    <message>
        <source>Relative loss</source>
        <translation>相対損失</translation>
    </message>
    <message>
        <source>Loss ÷ its first batch&apos;s</source>
        <translation>損失 ÷ 最初のバッチの損失</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>loss ÷ first batch&apos;s loss</source>
        <translation>損失 ÷ 最初のバッチの損失</translation>
    </message>
    <message>
        <source>Each network&apos;s loss on every mini-batch, divided by its own first batch&apos;s loss:
both start at 1, whatever the scale of their loss. Click a moment to see a digit&apos;s
output there in the loss explorer, from the network whose curve you clicked.</source>
        <translation>各ミニバッチでの各ネットワークの損失を、そのネットワークの最初のバッチの損失で割ったもの：
損失の大きさに関係なくどちらも 1 から始まります。時点をクリックすると、クリックした曲線の
ネットワークがその時点で数字に出した出力を損失エクスプローラーに表示します。</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Step one batch</source>
        <translation>1 バッチ進める</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Stop, clear the plots, and go back to the untrained network</source>
        <translation>停止してグラフを消去し、未学習のネットワークに戻します</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>学習の速度</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>最高速</translation>
    </message>
    <message>
        <source>%1 batches/s</source>
        <translation>%1 バッチ/秒</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Download cancelled; what arrived is kept, and the next download goes on from there.</source>
        <translation>ダウンロードを中止しました。受信済みの部分は残り、次回はその続きからダウンロードします。</translation>
    </message>
    <message>
        <source>Full MNIST could not be downloaded:
%1</source>
        <translation>MNIST 全体をダウンロードできませんでした:
%1</translation>
    </message>
    <message>
        <source>Full MNIST downloaded. Reset, then choose it under Data.</source>
        <translation>MNIST 全体をダウンロードしました。リセットしてから「データ」で選んでください。</translation>
    </message>
    <message>
        <source>Full MNIST downloaded and checked.</source>
        <translation>MNIST 全体をダウンロードして確認しました。</translation>
    </message>
    <message>
        <source>Full MNIST was not downloaded: no connection to any mirror. Is this computer online?</source>
        <translation>MNIST 全体をダウンロードできませんでした: どのミラーにも接続できません。このコンピューターはネットワークにつながっていますか？</translation>
    </message>
    <message>
        <source>Full MNIST was not downloaded: every mirror answered “%1”.</source>
        <translation>MNIST 全体をダウンロードできませんでした: どのミラーも「%1」と応答しました。</translation>
    </message>
    <message>
        <source>Full MNIST was not downloaded: %1</source>
        <translation>MNIST 全体をダウンロードできませんでした: %1</translation>
    </message>
    <message>
        <source>%1: diverged, stopped at batch %2</source>
        <translation>%1: 発散し、バッチ %2 で停止</translation>
    </message>
    <message>
        <source>Stopped: the training diverged</source>
        <translation>停止: 学習が発散しました</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Epoch %1 of %2</source>
        <translation>エポック %1 / %2</translation>
    </message>
    <message>
        <source>Both get %1% of the validation digits right (epoch %2).</source>
        <translation>どちらも検証用の数字の %1% に正解（エポック %2）。</translation>
    </message>
    <message>
        <source>%1 learned more: %2% of the validation digits right, against %3% (epoch %4).</source>
        <translation>よく学習したのは %1: 検証用の数字の %2% に正解、もう一方は %3%（エポック %4）。</translation>
    </message>
    <message>
        <source>batch %1 of %2</source>
        <translation>バッチ %1 / %2</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>Everything that went wrong, in full</source>
        <translation>うまくいかなかったことのすべて</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>%1: loss %2</source>
        <translation>%1: 損失 %2</translation>
    </message>
    <message>
        <source>, validation accuracy %1%</source>
        <translation>、検証の正解率 %1%</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message numerus="yes">
        <source>784-%1-10 network, %2 · learning rate %3 · batch %4 · %n epoch(s) · seed %5</source>
        <translation>
            <numerusform>784-%1-10 のネットワーク、%2 · 学習率 %3 · バッチ %4 · %n エポック · 乱数シード %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Some saved settings could not be used and are back to their defaults: %1</source>
        <translation>保存された設定の一部が使えなかったため、既定値に戻しました: %1</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read (%2); LossViz started with its defaults.</source>
        <translation>設定ファイル %1 を読み込めませんでした (%2)。LossViz は既定の設定で起動しました。</translation>
    </message>
    <message>
        <source>The settings file could not be read; LossViz started with its defaults and kept the old file as %1.</source>
        <translation>設定ファイルを読み込めませんでした。LossViz は既定の設定で起動し、元のファイルを %1 として残しました。</translation>
    </message>
</context>
<context>
    <name>SetupSection</name>
    <message>
        <source>Data and settings</source>
        <translation>データと設定</translation>
    </message>
    <message>
        <source>Show or hide the data and the training settings</source>
        <translation>データと学習の設定を表示または非表示にします</translation>
    </message>
</context>
<context>
    <name>SoftmaxChainTable</name>
    <message>
        <source>The softmax chain in numbers</source>
        <translation>ソフトマックス関数の計算を数値で</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Σⱼ e^zⱼ: the sum every e^zₖ is divided by; and Σ y, Σ t, which are 1</source>
        <translation>Σⱼ e^zⱼ: 各 e^zₖ を割る和。Σ y と Σ t はどちらも 1</translation>
    </message>
    <message>
        <source>The logit zₖ, as the slider sets it</source>
        <translation>スライダーで設定したロジット zₖ</translation>
    </message>
    <message>
        <source>e to the power zₖ, as the textbook writes it (not shifted by max z)</source>
        <translation>e の zₖ 乗。教科書の式のとおり (max z を引いてずらしていない値)</translation>
    </message>
    <message>
        <source>The softmax output yₖ = e^zₖ / Σⱼ e^zⱼ</source>
        <translation>ソフトマックス関数の出力 yₖ = e^zₖ / Σⱼ e^zⱼ</translation>
    </message>
    <message>
        <source>The target tₖ: 1 for the correct class, 0 for the others</source>
        <translation>教師データ tₖ: 正解クラスは 1、それ以外は 0</translation>
    </message>
    <message>
        <source>The label t, 0 or 1</source>
        <translation>ラベル t (0 または 1)</translation>
    </message>
    <message>
        <source>No logits: these probabilities were typed in. Any logits zₖ = log yₖ + c, with the same constant c for every class, would give them.</source>
        <translation>ロジットがありません: この確率は入力された値です。すべてのクラスに同じ定数 c を使ったロジット zₖ = log yₖ + c なら、どれでもこの確率になります。</translation>
    </message>
    <message>
        <source>No logits: these probabilities were typed in. A probability of 0 would need a logit of −∞: no finite logits give them exactly.</source>
        <translation>ロジットがありません: この確率は入力された値です。確率 0 にはロジット −∞ が必要なので、有限のロジットではこの確率に正確にはなりません。</translation>
    </message>
    <message>
        <source>No logits: these probabilities were typed in, and they do not sum to 1, so no softmax gives them.</source>
        <translation>ロジットがありません: この確率は入力された値で、合計が 1 にならないので、ソフトマックス関数の出力にはなりえません。</translation>
    </message>
    <message>
        <source>No logit: p was typed in. The logit z = log(p / (1 − p)) would give it.</source>
        <translation>ロジットがありません: p は入力された値です。ロジット z = log(p / (1 − p)) ならこの p になります。</translation>
    </message>
    <message>
        <source>No logit: p was typed in. A p of 0 or 1 would need a logit of −∞ or +∞.</source>
        <translation>ロジットがありません: p は入力された値です。p が 0 や 1 になるには、ロジット −∞ や +∞ が必要です。</translation>
    </message>
</context>
<context>
    <name>TrainingSettingsForm</name>
    <message>
        <source>Hidden units</source>
        <translation>隠れユニット数</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>乱数シード</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失関数</translation>
    </message>
    <message>
        <source>Try 50 to see training diverge</source>
        <translation>50 にすると学習が発散する様子が見られます</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>交差エントロピー</translation>
    </message>
    <message>
        <source>Sum of squared error</source>
        <translation>2乗和誤差</translation>
    </message>
    <message>
        <source>Compare both</source>
        <translation>両方を比較</translation>
    </message>
    <message>
        <source>Compare: two networks, same start and same batches, one for each loss</source>
        <translation>比較: 同じ初期値と同じバッチから、損失関数ごとに 1 つずつ、2 つのネットワークを学習します</translation>
    </message>
</context>
<context>
    <name>ValidationAccuracyPlot</name>
    <message>
        <source>Accuracy</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>検証精度</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>精度 (%)</translation>
    </message>
    <message>
        <source>The share of validation digits each network gets right, after each epoch;
at epoch 0 both are the same network. 10% is what guessing achieves.</source>
        <translation>各エポックの後、各ネットワークが正しく答えた検証用の数字の割合。
エポック 0 では両方とも同じネットワークです。当てずっぽうでは 10% です。</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Losses</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Softmax chain</source>
        <translation>ソフトマックス関数の連鎖</translation>
    </message>
    <message>
        <source>Derivation ∂E/∂z</source>
        <translation>∂E/∂z の導出</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Why cross-entropy?</source>
        <translation>なぜ交差エントロピー誤差？</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>数字を描く</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>間違い</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>ネットワークの内側</translation>
    </message>
    <message>
        <source>Plots only</source>
        <translation>グラフのみ</translation>
    </message>
    <message>
        <source>Only the plots, as large as they can be (F6 again shows the rest)</source>
        <translation>グラフだけをできるだけ大きく表示します (もう一度 F6 で元に戻ります)</translation>
    </message>
    <message>
        <source>Why cross-entropy? Run the experiment</source>
        <translation>なぜ交差エントロピー誤差？ 実験を実行</translation>
    </message>
    <message>
        <source>Train two networks from the same confidently wrong start, one with cross-entropy and one with squared error, and watch which learns (F8)</source>
        <translation>自信満々に間違えた同じ状態から2つのネットワークを、一方は交差エントロピー誤差、もう一方は2乗和誤差で学習させ、どちらが学ぶかを見る（F8）</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>Inside the network: each tile is one hidden unit&apos;s 784 weights, laid out as the 28×28 image they multiply. Orange: ink there raises the unit&apos;s input; blue: it lowers it (each tile scaled to its own largest weight).</source>
        <translation>ネットワークの内側：各タイルは隠れユニット1つの 784 個の重みを、掛け合わせる 28×28 の画像の形に並べたものです。オレンジ：そこにインクがあるとユニットへの入力が増える。青：減る（各タイルはそれ自身の最大の重みで正規化）。</translation>
    </message>
    <message>
        <source>First-layer weights of each hidden unit</source>
        <translation>各隠れユニットの第1層の重み</translation>
    </message>
    <message>
        <source>− largest |w|</source>
        <translation>− 最大の |w|</translation>
    </message>
    <message>
        <source>+ largest |w|</source>
        <translation>+ 最大の |w|</translation>
    </message>
    <message>
        <source>No network yet.</source>
        <translation>まだネットワークがありません。</translation>
    </message>
    <message>
        <source>Choose a digit to see which hidden units it switches on.</source>
        <translation>数字を選ぶと、その数字がどの隠れユニットを活性化するかが見えます。</translation>
    </message>
    <message>
        <source>For the chosen digit, %1 of %2 hidden units are active (framed: the thicker, the more active); the ReLU switches the others off (dimmed).</source>
        <translation>選んだ数字では、%2 個中 %1 個の隠れユニットが活性化しています（枠が太いほど強く活性化）。残りは ReLU が 0 にしています（淡く表示）。</translation>
    </message>
</context>
<context>
    <name>WorkedExampleView</name>
    <message>
        <source>Worked example</source>
        <translation>計算例</translation>
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
        <translation>出力 y</translation>
    </message>
    <message>
        <source>Choose a tutorial example from &lt;b&gt;Example&lt;/b&gt; above: its vectors, its losses computed here, and the numbers the tutorial prints, side by side.</source>
        <translation>上の&lt;b&gt;例&lt;/b&gt;から教材の計算例を選んでください: そのベクトル、ここで計算した損失、教材に載っている値を並べて表示します。</translation>
    </message>
    <message>
        <source>Output ŷ
(our y)</source>
        <translation>出力 ŷ
(本アプリの y)</translation>
    </message>
    <message>
        <source>Target y
(our t)</source>
        <translation>正解値 y
(本アプリの t)</translation>
    </message>
    <message>
        <source>Tutorial prints</source>
        <translation>教材の値</translation>
    </message>
    <message>
        <source>The tutorial prints %1</source>
        <translation>教材の値: %1</translation>
    </message>
    <message>
        <source>sum of squared error</source>
        <translation>2乗和誤差</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>平均2乗誤差</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>交差エントロピー誤差</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>バイナリ交差エントロピー</translation>
    </message>
    <message>
        <source>½ Σ (ŷ − y)² = &lt;b&gt;%1&lt;/b&gt;   ·   mean (ŷ − y)² = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>½ Σ (ŷ − y)² = &lt;b&gt;%1&lt;/b&gt;   ·   (ŷ − y)² の平均 = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Batch mean = &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>バッチの平均 = &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cross-entropy = &lt;b&gt;%1&lt;/b&gt;   ·   sum of squared error = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>交差エントロピー誤差 = &lt;b&gt;%1&lt;/b&gt;   ·   2乗和誤差 = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>App: %1&lt;br&gt;Tutorial prints: %2</source>
        <translation>このアプリ: %1&lt;br&gt;教材の値: %2</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>bundled MNIST subset</source>
        <translation>同梱の MNIST サブセット</translation>
    </message>
    <message>
        <source>full MNIST</source>
        <translation>MNIST 全体</translation>
    </message>
    <message>
        <source>{name}: {train:,} training, {validation:,} validation images</source>
        <translation>{name}: 訓練画像 {train:,} 枚、検証画像 {validation:,} 枚</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} を読み込めません: {reason}</translation>
    </message>
    <message>
        <source>{folder}: found the {prefix} labels but not the images (looked for {names})</source>
        <translation>{folder}: {prefix} のラベルはありますが、画像がありません (探したファイル名: {names})</translation>
    </message>
    <message>
        <source>{folder}: found the {prefix} images but not the labels (looked for {names})</source>
        <translation>{folder}: {prefix} の画像はありますが、ラベルがありません (探したファイル名: {names})</translation>
    </message>
    <message>
        <source>{path}: too few images to train on ({count}; at least 2 are needed)</source>
        <translation>{path}: 学習に使うには画像が少なすぎます ({count} 枚。2 枚以上必要です)</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} はフォルダーではありません</translation>
    </message>
    <message>
        <source>{folder} holds no MNIST-format IDX files (looked for names such as {names})</source>
        <translation>{folder} には MNIST 形式の IDX ファイルがありません ({names} などの名前を探しました)</translation>
    </message>
    <message>
        <source>Full MNIST is not downloaded yet (looked in {folder}). Download it with the panel&apos;s “Download full MNIST…” or `lossviz download`.</source>
        <translation>MNIST 全体はまだダウンロードされていません ({folder} を確認しました)。パネルの「MNIST 全体をダウンロード…」か `lossviz download` でダウンロードしてください。</translation>
    </message>
</context>
<context>
    <name>download</name>
    <message>
        <source>only http and https mirrors can be used, not “{url}”</source>
        <translation>使えるミラーは http と https だけです（“{url}” は使えません）</translation>
    </message>
    <message>
        <source>no mirror gave a good copy ({reasons})</source>
        <translation>どのミラーからも正しいファイルを取得できませんでした ({reasons})</translation>
    </message>
    <message>
        <source>could not connect ({reason})</source>
        <translation>接続できませんでした ({reason})</translation>
    </message>
    <message>
        <source>the transfer stopped early ({count:,} bytes of the last piece arrived)</source>
        <translation>転送が途中で止まりました (最後の部分は {count:,} バイトだけ届きました)</translation>
    </message>
    <message>
        <source>no answer for {seconds:g} s</source>
        <translation>{seconds:g} 秒間応答がありません</translation>
    </message>
    <message>
        <source>the file&apos;s MD5 is not the published {md5}; it was deleted</source>
        <translation>ファイルの MD5 が公開値 {md5} と一致しないため、削除しました</translation>
    </message>
    <message>
        <source>the transfer stopped after {written:,} of {expected:,} bytes</source>
        <translation>{expected:,} バイト中 {written:,} バイトで転送が止まりました</translation>
    </message>
    <message>
        <source>the server announced {announced} bytes where {expected:,} were due</source>
        <translation>サーバーは {announced} バイトと伝えてきましたが、{expected:,} バイトのはずです</translation>
    </message>
    <message>
        <source>the server sent more than the published {size:,} bytes</source>
        <translation>サーバーが公表サイズ {size:,} バイトを超えて送ってきました</translation>
    </message>
    <message>
        <source>given up after {seconds:g} s</source>
        <translation>{seconds:g} 秒で打ち切りました</translation>
    </message>
    <message>
        <source>given up: under {rate:g} kB/s for {seconds:g} s</source>
        <translation>打ち切りました：{seconds:g} 秒間 {rate:g} kB/s 未満でした</translation>
    </message>
</context>
<context>
    <name>explorer</name>
    <message>
        <source>The text is too long ({length} characters); type at most {limit}</source>
        <translation>テキストが長すぎます（{length} 文字）。{limit} 文字以内で入力してください</translation>
    </message>
    <message>
        <source>Type {count} probabilities separated by commas, e.g. 0.1, 0.05, 0.6</source>
        <translation>{count} 個の確率をカンマで区切って入力してください (例: 0.1, 0.05, 0.6)</translation>
    </message>
    <message>
        <source>“{token}” is not a number</source>
        <translation>「{token}」は数値ではありません</translation>
    </message>
    <message>
        <source>“{token}”: a logit is a plain number, not a percentage</source>
        <translation>「{token}」: ロジットは普通の数値で、パーセントではありません</translation>
    </message>
    <message>
        <source>“{token}” is not a finite number</source>
        <translation>「{token}」は有限の数値ではありません</translation>
    </message>
    <message>
        <source>{token} is negative; a probability is between 0 and 1</source>
        <translation>{token} は負の値です。確率は 0 から 1 の間です</translation>
    </message>
    <message>
        <source>{token} is above 1; a probability is between 0 and 1</source>
        <translation>{token} は 1 より大きい値です。確率は 0 から 1 の間です</translation>
    </message>
    <message>
        <source>Type {count} logits separated by commas, e.g. 2.0, 1.0, 0.1</source>
        <translation>{count} 個のロジットをカンマで区切って入力してください (例: 2.0, 1.0, 0.1)</translation>
    </message>
    <message>
        <source>Expected 1 value, but got {got}</source>
        <translation>値は 1 個のはずですが、{got} 個あります</translation>
    </message>
    <message>
        <source>Expected {count} values, one per class, but got {got}</source>
        <translation>値はクラスごとに 1 個、計 {count} 個のはずですが、{got} 個あります</translation>
    </message>
    <message>
        <source>All values are 0; at least one class needs a probability above 0</source>
        <translation>すべての値が 0 です。少なくとも 1 つのクラスの確率を 0 より大きくしてください</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Choose a file name ending in .png or .svg, not “%1”.</source>
        <translation>ファイル名は .png か .svg で終わるものにしてください (「%1」ではなく)。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 がありません。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Binary (sigmoid): label t = %1, output p = %2</source>
        <translation>2 クラス (シグモイド): ラベル t = %1、出力 p = %2</translation>
    </message>
    <message>
        <source>logit z = %1</source>
        <translation>ロジット z = %1</translation>
    </message>
    <message>
        <source>Softmax over %1 classes, correct class %2</source>
        <translation>%1 クラスのソフトマックス関数、正解クラス %2</translation>
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
        <translation>{name}: IDX ファイルとしては短すぎます ({size} バイト)</translation>
    </message>
    <message>
        <source>{name}: not an IDX file of unsigned bytes (magic number {magic})</source>
        <translation>{name}: 符号なしバイトの IDX ファイルではありません (マジックナンバー {magic})</translation>
    </message>
    <message>
        <source>{name}: the header is cut short</source>
        <translation>{name}: ヘッダーが途中で切れています</translation>
    </message>
    <message>
        <source>{name}: the header claims an impossible size {shape}</source>
        <translation>{name}: ヘッダーのサイズ {shape} はありえない値です</translation>
    </message>
    <message>
        <source>{name}: the file is cut short: the header says {shape} = {count} bytes, the file holds {body}</source>
        <translation>{name}: ファイルが途中で切れています: ヘッダーでは {shape} = {count} バイトですが、ファイルには {body} バイトしかありません</translation>
    </message>
    <message>
        <source>{name}: the file is longer than its header says: the header says {shape} = {count} bytes, the file holds more than {count}</source>
        <translation>{name}: ファイルがヘッダーの示す長さより長いです: ヘッダーでは {shape} = {count} バイトですが、ファイルは {count} バイトを超えています</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} を読み込めません: {reason}</translation>
    </message>
    <message>
        <source>{name}: the gzip data is damaged or cut short ({error})</source>
        <translation>{name}: gzip データが壊れているか、途中で切れています ({error})</translation>
    </message>
    <message>
        <source>{name}: the header claims {shape} = {count} bytes, more than a gzip file of this size can hold</source>
        <translation>{name}: ヘッダーは {shape} = {count} バイトとしていますが、この大きさの gzip ファイルが収められる量を超えています</translation>
    </message>
    <message>
        <source>images must be 28 × 28, got shape {shape}</source>
        <translation>画像は 28 × 28 でなければなりませんが、形状は {shape} です</translation>
    </message>
    <message>
        <source>labels must be one number per image, got shape {shape}</source>
        <translation>ラベルは画像 1 枚につき 1 つの数値でなければなりませんが、形状は {shape} です</translation>
    </message>
    <message>
        <source>{images} images but {labels} labels</source>
        <translation>画像が {images} 枚なのに、ラベルが {labels} 個です</translation>
    </message>
    <message>
        <source>label {label} is out of range: there are {classes} classes, 0 to {last}</source>
        <translation>ラベル {label} は範囲外です: クラスは 0 から {last} までの {classes} 個です</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <source>{name}: too large to be a lesson file ({size} MB)</source>
        <translation>{name}: 授業ファイルとしては大きすぎます ({size} MB)</translation>
    </message>
    <message>
        <source>{name}: no such file</source>
        <translation>{name}: ファイルがありません</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} を読み込めません: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a LossViz lesson: it is not a lesson archive, or it was cut short</source>
        <translation>{name} は LossViz の授業ファイルではありません: 授業のアーカイブではないか、途中で切れています</translation>
    </message>
    <message>
        <source>{name} is not a LossViz lesson: {member} is missing from it</source>
        <translation>{name} は LossViz の授業ファイルではありません: {member} が含まれていません</translation>
    </message>
    <message>
        <source>{name} is damaged: {member} is not valid JSON ({reason})</source>
        <translation>{name} は壊れています: {member} が正しい JSON ではありません（{reason}）</translation>
    </message>
    <message>
        <source>{name} is not a LossViz lesson: its lesson.json is not in the lesson format</source>
        <translation>{name} は LossViz の授業ファイルではありません: lesson.json が授業の形式ではありません</translation>
    </message>
    <message>
        <source>{name} was saved by a newer LossViz (lesson format {version}); this LossViz opens format {supported}. Update LossViz to open it.</source>
        <translation>{name} は新しい LossViz で保存されています (授業形式 {version})。この LossViz が開けるのは形式 {supported} までです。開くには LossViz を更新してください。</translation>
    </message>
    <message>
        <source>{name}: the trained network in it cannot be used: {reason}</source>
        <translation>{name}: 含まれている学習済みネットワークは使えません: {reason}</translation>
    </message>
    <message>
        <source>{name} is damaged and was not opened: {detail}</source>
        <translation>{name} は壊れているため開きませんでした: {detail}</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>cross-entropy</source>
        <translation>交差エントロピー誤差</translation>
    </message>
    <message>
        <source>sum of squared error</source>
        <translation>2乗和誤差</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>2乗和誤差</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Right and confident: class 2 at 0.8</source>
        <translation>正解で自信あり: クラス 2 が 0.8</translation>
    </message>
    <message>
        <source>Tutorial 000, 2乗和誤差 / 交差エントロピー誤差 (正解)</source>
        <translation>教材 000、2乗和誤差 / 交差エントロピー誤差 (正解)</translation>
    </message>
    <message>
        <source>Close to the target: both losses are small.</source>
        <translation>教師データに近いので、どちらの損失も小さくなります。</translation>
    </message>
    <message>
        <source>Wrong: class 6 at 0.5, correct class 2 at 0.2</source>
        <translation>不正解: クラス 6 が 0.5、正解のクラス 2 は 0.2</translation>
    </message>
    <message>
        <source>Tutorial 000, 2乗和誤差 / 交差エントロピー誤差 (不正解)</source>
        <translation>教材 000、2乗和誤差 / 交差エントロピー誤差 (不正解)</translation>
    </message>
    <message>
        <source>Tutorial 001, 交差エントロピー誤差の計算_1</source>
        <translation>教材 001、交差エントロピー誤差の計算_1</translation>
    </message>
    <message>
        <source>Tutorial 001, 交差エントロピー誤差の計算_2</source>
        <translation>教材 001、交差エントロピー誤差の計算_2</translation>
    </message>
    <message>
        <source>Tutorial 001, 交差エントロピー誤差の計算_3</source>
        <translation>教材 001、交差エントロピー誤差の計算_3</translation>
    </message>
    <message>
        <source>Tutorial 002, CEE = −log(2번째 예측값) = −log(0.9)</source>
        <translation>教材 002、CEE = −log(2번째 예측값) = −log(0.9)</translation>
    </message>
    <message>
        <source>The tutorial gives only the second class&apos;s 0.9; the other two share the remaining 0.1.</source>
        <translation>教材には 2 番目のクラスの 0.9 しかないので、残りの 0.1 を他の 2 クラスで分けています。</translation>
    </message>
    <message>
        <source>Tutorial 002, softmax_cee (first cell)</source>
        <translation>教材 002、softmax_cee (1 つ目のセル)</translation>
    </message>
    <message>
        <source>Tutorial 002, softmax_cee (second cell)</source>
        <translation>教材 002、softmax_cee (2 つ目のセル)</translation>
    </message>
    <message>
        <source>Tutorial 002, sigmoid_cee</source>
        <translation>教材 002、sigmoid_cee</translation>
    </message>
    <message>
        <source>Tutorial 002, mse(y, y_i)</source>
        <translation>教材 002、mse(y, y_i)</translation>
    </message>
    <message>
        <source>Here the tutorial writes y for the target and ŷ for the network&apos;s output (elsewhere in LossViz: y the output, t the target). Its function is named mse but computes ½ of the sum (5.5); the mean of the squares is 2.2.</source>
        <translation>この教材では y が正解値、ŷ がニューラルネットワークの出力です (LossViz のほかの場所では y が出力、t が正解)。関数名は mse ですが、計算しているのは和の ½ (5.5) です。2 乗の平均は 2.2 です。</translation>
    </message>
    <message>
        <source>Tutorial 004, 二乗和誤差 sample data 1</source>
        <translation>教材 004、二乗和誤差 sample data 1</translation>
    </message>
    <message>
        <source>The tutorial&apos;s outputs sum to 1.07, not 1; the loss is computed on them as written.</source>
        <translation>教材の出力の合計は 1 ではなく 1.07 です。損失は書かれた値のまま計算します。</translation>
    </message>
    <message>
        <source>Tutorial 004, sample data 2</source>
        <translation>教材 004、sample data 2</translation>
    </message>
    <message>
        <source>Tutorial 004, 交差エントロピー誤差 sample data 1</source>
        <translation>教材 004、交差エントロピー誤差 sample data 1</translation>
    </message>
    <message>
        <source>Far from the target: squared error 0.456, cross-entropy 1.6094.</source>
        <translation>教師データから遠いので、2乗和誤差は 0.456、交差エントロピー誤差は 1.6094 です。</translation>
    </message>
    <message>
        <source>Three classes, correct class at 0.2: −log 0.2 ≈ 1.6</source>
        <translation>3 クラス、正解クラスが 0.2: −log 0.2 ≈ 1.6</translation>
    </message>
    <message>
        <source>Only the correct class&apos;s output enters the cross-entropy.</source>
        <translation>交差エントロピー誤差に効くのは、正解クラスの出力だけです。</translation>
    </message>
    <message>
        <source>Three classes, correct class at 0.8: loss falls to 0.2231</source>
        <translation>3 クラス、正解クラスが 0.8: 損失は 0.2231 に下がる</translation>
    </message>
    <message>
        <source>Three classes, correct class at 1.0: loss ≈ 0</source>
        <translation>3 クラス、正解クラスが 1.0: 損失 ≈ 0</translation>
    </message>
    <message>
        <source>With δ = 10⁻⁷ inside the log the loss is −log(1 + δ) ≈ −1.0 × 10⁻⁷: zero for every purpose.</source>
        <translation>log の中に δ = 10⁻⁷ があるので、損失は −log(1 + δ) ≈ −1.0 × 10⁻⁷ で、実質的に 0 です。</translation>
    </message>
    <message>
        <source>Correct class at 0.9: −log 0.9 = 0.105</source>
        <translation>正解クラスが 0.9: −log 0.9 = 0.105</translation>
    </message>
    <message>
        <source>Batch of three, mean cross-entropy 0.8634</source>
        <translation>3 件のバッチ、交差エントロピー誤差の平均 0.8634</translation>
    </message>
    <message>
        <source>The loss of a batch is the mean of the per-sample losses.</source>
        <translation>バッチの損失は、各サンプルの損失の平均です。</translation>
    </message>
    <message>
        <source>Better first sample: batch mean falls to 0.6324</source>
        <translation>1 件目が改善: バッチの平均は 0.6324 に下がる</translation>
    </message>
    <message>
        <source>Only the first sample changed (0.3 → 0.6 for its correct class), and the mean fell.</source>
        <translation>変わったのは 1 件目だけ (正解クラスが 0.3 → 0.6) で、平均が下がりました。</translation>
    </message>
    <message>
        <source>Binary (sigmoid) batch of six, mean 0.3486</source>
        <translation>2 クラス (シグモイド) の 6 件のバッチ、平均 0.3486</translation>
    </message>
    <message>
        <source>Sample 6 (p = 0.9, label 1) is the most right, and has the smallest loss.</source>
        <translation>6 件目 (p = 0.9、ラベル 1) が最も正解に近く、損失も最小です。</translation>
    </message>
    <message>
        <source>Regression: ½ Σ (y − ŷ)² = 5.5, mean 2.2</source>
        <translation>回帰: ½ Σ (y − ŷ)² = 5.5、平均 2.2</translation>
    </message>
    <message>
        <source>Right at 0.6, outputs sum to 1.07: squared error 0.10105</source>
        <translation>正解クラスが 0.6、出力の合計 1.07: 2乗和誤差 0.10105</translation>
    </message>
    <message>
        <source>Wrong: class 9 at 0.5 (sum 1.13): 0.46525 and 1.6094</source>
        <translation>不正解: クラス 9 が 0.5 (合計 1.13): 0.46525 と 1.6094</translation>
    </message>
    <message>
        <source>Right at 0.99 (sum 1.46): cross-entropy 0.01005</source>
        <translation>正解クラスが 0.99 (合計 1.46): 交差エントロピー誤差 0.01005</translation>
    </message>
    <message>
        <source>Near-certain and right: the cross-entropy is close to 0.</source>
        <translation>ほぼ確信して正解: 交差エントロピー誤差は 0 に近くなります。</translation>
    </message>
</context>
<context>
    <name>quiz</name>
    <message>
        <source>Cross-entropy: {ce} against the squared error&apos;s {sse}.</source>
        <translation>交差エントロピー誤差です: {ce}。2乗和誤差は {sse}。</translation>
    </message>
    <message>
        <source>The squared error: {sse} against cross-entropy&apos;s {ce}.</source>
        <translation>2乗和誤差です: {sse}。交差エントロピー誤差は {ce}。</translation>
    </message>
    <message>
        <source>Cross-entropy is −log y{k} = −log {y} and looks only at the correct class; the squared error ½ Σ (y − t)² adds every class&apos;s miss and stays below 1.</source>
        <translation>交差エントロピー誤差は −log y{k} = −log {y} で、正解クラスだけを見ます。2乗和誤差 ½ Σ (y − t)² はすべてのクラスのずれを足し合わせ、1 を超えません。</translation>
    </message>
    <message>
        <source>Class {classes}: ∂E/∂z = {values}.</source>
        <translation>クラス {classes}: ∂E/∂z = {values}。</translation>
    </message>
    <message>
        <source>For cross-entropy ∂E/∂zₖ = yₖ − tₖ: every y is below 1, so only the correct class (t{k} = 1) gets a negative gradient, y{k} − 1 = {g}; gradient descent raises its logit.</source>
        <translation>交差エントロピー誤差では ∂E/∂zₖ = yₖ − tₖ。y はどれも 1 未満なので、負の勾配になるのは正解クラス (t{k} = 1) だけで、y{k} − 1 = {g}。勾配降下法はそのロジットを上げます。</translation>
    </message>
    <message>
        <source>With cross-entropy: y{k} goes from {before} to {ce}; with squared error only to {sse}.</source>
        <translation>交差エントロピー誤差のほうです: y{k} は {before} から {ce} へ。2乗和誤差では {sse} までしか上がりません。</translation>
    </message>
    <message>
        <source>With squared error: y{k} goes from {before} to {sse}; with cross-entropy only to {ce}.</source>
        <translation>2乗和誤差のほうです: y{k} は {before} から {sse} へ。交差エントロピー誤差では {ce} までしか上がりません。</translation>
    </message>
    <message>
        <source>One step z ← z − η ∂E/∂z with η = {lr}: cross-entropy&apos;s gradient on z{k} is {ce}, the squared error&apos;s only {sse}, because every term of it carries the small factor y{k}.</source>
        <translation>η = {lr} で 1 ステップ z ← z − η ∂E/∂z: z{k} の勾配は交差エントロピー誤差で {ce}、2乗和誤差ではわずか {sse}。2乗和誤差の勾配のどの項にも小さな y{k} が掛かるからです。</translation>
    </message>
    <message>
        <source>Cross-entropy {ce}.</source>
        <translation>交差エントロピー誤差 {ce}。</translation>
    </message>
    <message>
        <source>Not exactly 0: δ = 10⁻⁷ inside the log gives −log(1 + δ) = {ce}, a hair below 0, as the tutorial&apos;s program prints.</source>
        <translation>ちょうど 0 ではありません: log の中の δ = 10⁻⁷ により −log(1 + δ) = {ce} と、0 よりわずかに小さくなります。チュートリアルのプログラムが出力するとおりです。</translation>
    </message>
    <message>
        <source>Only the correct class counts: −log y{k} = −log {y} = {ce}.</source>
        <translation>正解クラスだけが効きます: −log y{k} = −log {y} = {ce}。</translation>
    </message>
    <message>
        <source>Every logit 0 gives every class y = 1/{n}, so the loss is −log(1/{n}) = log {n} = {ce}.</source>
        <translation>ロジットがすべて 0 なら、どのクラスも y = 1/{n}。損失は −log(1/{n}) = log {n} = {ce} です。</translation>
    </message>
    <message>
        <source>Squared error {sse} (cross-entropy {ce}).</source>
        <translation>2乗和誤差 {sse}(交差エントロピー誤差は {ce})。</translation>
    </message>
    <message>
        <source>½ Σ (y − t)² can never pass ½ (1² + 1²) = 1, however wrong the answer; cross-entropy −log y{k} grows without bound and is {ce} here.</source>
        <translation>½ Σ (y − t)² は、どれほど間違えても ½ (1² + 1²) = 1 を超えません。交差エントロピー誤差 −log y{k} は限りなく大きくなり、ここでは {ce} です。</translation>
    </message>
    <message>
        <source>Cross-entropy&apos;s: {ce} against {sse}.</source>
        <translation>交差エントロピー誤差のほうです: {ce}(2乗和誤差は {sse})。</translation>
    </message>
    <message>
        <source>The squared error&apos;s: {sse} against {ce}.</source>
        <translation>2乗和誤差のほうです: {sse}(交差エントロピー誤差は {ce})。</translation>
    </message>
    <message>
        <source>Through the softmax every term of the squared error&apos;s gradient is multiplied by y{k} = {y}: confidently wrong, it nearly vanishes, while y − t stays near −1.</source>
        <translation>ソフトマックス関数を通ると、2乗和誤差の勾配のどの項にも y{k} = {y} が掛かります。自信を持って間違えるとほぼ消えますが、y − t は −1 近くのままです。</translation>
    </message>
    <message>
        <source>Class {k}: ∂E/∂z{sub} = {g}.</source>
        <translation>クラス {k}: ∂E/∂z{sub} = {g}。</translation>
    </message>
    <message>
        <source>For a wrong class ∂E/∂zₖ = yₖ: the wrong class with the largest logit, z{k} = {z}, has the largest y{k} = {y} and is pushed down hardest.</source>
        <translation>不正解クラスでは ∂E/∂zₖ = yₖ。ロジットが最大の不正解クラス (z{k} = {z}) は y{k} = {y} も最大で、いちばん強く押し下げられます。</translation>
    </message>
    <message>
        <source>No: the largest change in any y is {change}.</source>
        <translation>変わりません: y の変化は最大でも {change} です。</translation>
    </message>
    <message>
        <source>e^(zₖ + {c}) / Σⱼ e^(zⱼ + {c}) = e^{c} e^zₖ / (e^{c} Σⱼ e^zⱼ): the factor e^{c} cancels.</source>
        <translation>e^(zₖ + {c}) / Σⱼ e^(zⱼ + {c}) = e^{c} e^zₖ / (e^{c} Σⱼ e^zⱼ): 係数 e^{c} は約分されて消えます。</translation>
    </message>
    <message>
        <source>Binary cross-entropy {bce}.</source>
        <translation>2値交差エントロピー誤差 {bce}。</translation>
    </message>
    <message>
        <source>With label t = 1 only the first term is left: −log p = −log {p} = {bce}.</source>
        <translation>ラベル t = 1 では第 1 項だけが残ります: −log p = −log {p} = {bce}。</translation>
    </message>
    <message>
        <source>0 (computed: {total}, a rounding error).</source>
        <translation>0(計算結果は {total}。丸め誤差です)。</translation>
    </message>
    <message>
        <source>Σₖ (yₖ − tₖ) = Σ y − Σ t = 1 − 1 = 0: what one logit gains, the others lose.</source>
        <translation>Σₖ (yₖ − tₖ) = Σ y − Σ t = 1 − 1 = 0: あるロジットが上がる分だけ、ほかが下がります。</translation>
    </message>
    <message>
        <source>Which is larger here, cross-entropy or the squared error?</source>
        <translation>ここで大きいのは交差エントロピー誤差と2乗和誤差のどちら?</translation>
    </message>
    <message>
        <source>Right and confident: which is larger now, cross-entropy or the squared error?</source>
        <translation>自信を持って正解: 今度は交差エントロピー誤差と2乗和誤差のどちらが大きい?</translation>
    </message>
    <message>
        <source>Which logit&apos;s gradient is negative?</source>
        <translation>勾配が負になるのはどのロジット?</translation>
    </message>
    <message>
        <source>After one step, does y of the correct class rise more with cross-entropy or with squared error?</source>
        <translation>1 ステップ後、正解クラスの y が大きく上がるのは交差エントロピー誤差と2乗和誤差のどちら?</translation>
    </message>
    <message>
        <source>What is the loss when y = 1?</source>
        <translation>y = 1 のとき損失はいくつ?</translation>
    </message>
    <message>
        <source>The correct class gets y = 0.2. What is the cross-entropy?</source>
        <translation>正解クラスの y = 0.2。交差エントロピー誤差はいくつ?</translation>
    </message>
    <message>
        <source>The correct class gets y = 0.9. What is the cross-entropy?</source>
        <translation>正解クラスの y = 0.9。交差エントロピー誤差はいくつ?</translation>
    </message>
    <message>
        <source>An untrained network: every logit is 0. What is the cross-entropy?</source>
        <translation>学習前のネットワーク: ロジットはすべて 0。交差エントロピー誤差はいくつ?</translation>
    </message>
    <message>
        <source>The network is as wrong as it can be. How large is the squared error?</source>
        <translation>ネットワークはこれ以上ないほど間違えています。2乗和誤差はどれくらい?</translation>
    </message>
    <message>
        <source>Confidently wrong: whose gradient on the correct class&apos;s logit is larger, cross-entropy&apos;s or the squared error&apos;s?</source>
        <translation>自信を持って不正解: 正解クラスのロジットの勾配が大きいのは交差エントロピー誤差と2乗和誤差のどちら?</translation>
    </message>
    <message>
        <source>Which logit gets the largest positive gradient from cross-entropy?</source>
        <translation>交差エントロピー誤差で正の勾配がいちばん大きいのはどのロジット?</translation>
    </message>
    <message>
        <source>Add 3 to every logit. Do the probabilities y change?</source>
        <translation>すべてのロジットに 3 を足すと、確率 y は変わる?</translation>
    </message>
    <message>
        <source>A sigmoid output p = 0.9 with label 1. What is the binary cross-entropy?</source>
        <translation>シグモイドの出力 p = 0.9、ラベル 1。2値交差エントロピー誤差はいくつ?</translation>
    </message>
    <message>
        <source>What do the cross-entropy gradients of all the logits add up to?</source>
        <translation>交差エントロピー誤差の全ロジットの勾配を合計するといくつ?</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>training needs at least one training and one validation image</source>
        <translation>学習には訓練画像と検証画像が少なくとも 1 枚ずつ必要です</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>the learning rate must be a positive number, got {value}</source>
        <translation>学習率は正の数にしてください (指定値 {value})</translation>
    </message>
    <message>
        <source>hidden units must be {low} to {high}, got {value}</source>
        <translation>隠れユニット数は {low} から {high} にしてください (指定値 {value})</translation>
    </message>
    <message>
        <source>the batch size must be {low} to {high}, got {value}</source>
        <translation>バッチサイズは {low} から {high} にしてください (指定値 {value})</translation>
    </message>
    <message>
        <source>epochs must be {low} to {high}, got {value}</source>
        <translation>エポック数は {low} から {high} にしてください (指定値 {value})</translation>
    </message>
    <message>
        <source>the loss became {loss}</source>
        <translation>損失が {loss} になった</translation>
    </message>
    <message>
        <source>the loss rose from {first} to {now}</source>
        <translation>損失が {first} から {now} に上がった</translation>
    </message>
    <message>
        <source>Training diverged at epoch {epoch}, step {step}: {problem}. The learning rate {lr} is too large; the last good weights were kept.</source>
        <translation>エポック {epoch}、ステップ {step} で学習が発散しました: {problem}。学習率 {lr} が大きすぎます。最後の正常な重みを残しました。</translation>
    </message>
    <message>
        <source>Training diverged at epoch {epoch}, step {step}: the weights stopped being finite numbers. The learning rate {lr} is too large; the last good weights were kept.</source>
        <translation>エポック {epoch}、ステップ {step} で学習が発散しました: 重みが有限の数値でなくなりました。学習率 {lr} が大きすぎます。最後の正常な重みを残しました。</translation>
    </message>
</context>
</TS>
