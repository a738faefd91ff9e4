;; The training step's kernels beside its products and attention (inference.wat): the backward
;; passes of RMSNorm, SwiGLU and attention's softmax, the cross-entropy's softmax and gradient,
;; the gradient's norm and the AdamW update, four floats at a time. Each has the contract of its
;; TypeScript reference (norm.ts, activations.ts, attention.ts, crossEntropy.ts, model/adamw.ts)
;; up to float32 rounding; backwardSimd.ts, attentionSimd.ts and adamwSimd.ts wrap them. RoPE's backward needs no kernel of its own: it is inference.wat's rope
;; run with −sin (elementwiseSimd.ts).
;;
;; The module works in the same memory as inference.wat (wasmMemory.ts instantiates it on it) and
;; imports that module's vector eˣ, so there is one eˣ. WebAssembly has no log: the softmax hands
;; back each row's max and sum, and TypeScript takes one log per row.
;;
;; Sizes need not be multiples of 4: a loop runs whole v128s, then the last n mod 4 floats one
;; at a time (a row of the 3,003-token vocabulary, an odd MLP width). v128 loads need no
;; alignment. Pointers are byte offsets, as in inference.wat; sums are float32.
;;
;; Deliberately left out: helper threads (training splits a batch across data-parallel workers,
;; each with its own instance on one thread), FMA (as in inference.wat).
;; Compiled to trainingWasm.ts by `npm run wasm` (wabt); a unit test keeps the two in step.
(module
  (import "env" "memory" (memory 1 16384 shared))
  (import "inference" "exp" (func $exp (param v128) (result v128)))

;; the sum of the four lanes of v
  (func $hsum (param $v v128) (result f32)
    (f32.add
      (f32.add (f32x4.extract_lane 0 (local.get $v)) (f32x4.extract_lane 1 (local.get $v)))
      (f32.add (f32x4.extract_lane 2 (local.get $v)) (f32x4.extract_lane 3 (local.get $v)))))

;; σ(x) = 1 / (1 + e⁻ˣ) on four lanes; e⁻ˣ is clamped at e⁸⁸, so σ(−100) ≈ 6e−39 instead of 4e−44
  (func $sigmoid (param $x v128) (result v128)
    (f32x4.div (f32x4.splat (f32.const 1))
      (f32x4.add (f32x4.splat (f32.const 1)) (call $exp (f32x4.neg (local.get $x))))))

;; ─── RMSNorm backward ───────────────────────────────────────────────────────────────────────

;; rows of C floats; with x̂ = x / rms and g = dy ⊙ w (norm.ts rmsnormBackward):
;;   dx = (g − x̂ · mean(g ⊙ x̂)) / rms   (added to dx when acc ≠ 0),   dw += Σ_rows dy ⊙ x̂
;; dy, x: (rows, C), w: (C), rms: (rows) → dx: (rows, C), dw: (C) +=
;; dx may be dy (each float is read before it is written); dw is added to row after row.
  (func (export "rmsnormBackward") (param $dy i32) (param $x i32) (param $w i32) (param $rms i32)
    (param $dx i32) (param $dw i32) (param $rows i32) (param $C i32) (param $acc i32)
    (local $t i32) (local $k i32) (local $rb i32) (local $vb i32)
    (local $inv f32) (local $dot f32) (local $xh f32) (local $d f32)
    (local $invV v128) (local $dotV v128) (local $xhV v128) (local $dyV v128) (local $dV v128)
    (local.set $rb (i32.shl (local.get $C) (i32.const 2))) ;; a row in bytes
    (local.set $vb (i32.and (local.get $rb) (i32.const -16))) ;; its whole v128s
    (block $rowsDone (loop $rowsLoop
      (br_if $rowsDone (i32.ge_u (local.get $t) (local.get $rows)))
      (local.set $inv (f32.div (f32.const 1) (f32.load (local.get $rms))))
      (local.set $invV (f32x4.splat (local.get $inv)))
      ;; pass 1: dot = Σ g ⊙ x̂, and dw += dy ⊙ x̂
      (local.set $dotV (v128.const i32x4 0 0 0 0))
      (local.set $k (i32.const 0))
      (block $d1 (loop $l1
        (br_if $d1 (i32.ge_u (local.get $k) (local.get $vb)))
        (local.set $xhV (f32x4.mul (v128.load (i32.add (local.get $x) (local.get $k))) (local.get $invV)))
        (local.set $dyV (v128.load (i32.add (local.get $dy) (local.get $k))))
        (local.set $dotV (f32x4.add (local.get $dotV) (f32x4.mul
          (f32x4.mul (local.get $dyV) (v128.load (i32.add (local.get $w) (local.get $k)))) (local.get $xhV))))
        (v128.store (i32.add (local.get $dw) (local.get $k)) (f32x4.add
          (v128.load (i32.add (local.get $dw) (local.get $k))) (f32x4.mul (local.get $dyV) (local.get $xhV))))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $l1)))
      (local.set $dot (call $hsum (local.get $dotV)))
      (block $d2 (loop $l2
        (br_if $d2 (i32.ge_u (local.get $k) (local.get $rb)))
        (local.set $xh (f32.mul (f32.load (i32.add (local.get $x) (local.get $k))) (local.get $inv)))
        (local.set $d (f32.load (i32.add (local.get $dy) (local.get $k))))
        (local.set $dot (f32.add (local.get $dot) (f32.mul
          (f32.mul (local.get $d) (f32.load (i32.add (local.get $w) (local.get $k)))) (local.get $xh))))
        (f32.store (i32.add (local.get $dw) (local.get $k)) (f32.add
          (f32.load (i32.add (local.get $dw) (local.get $k))) (f32.mul (local.get $d) (local.get $xh))))
        (local.set $k (i32.add (local.get $k) (i32.const 4)))
        (br $l2)))
      (local.set $dot (f32.div (local.get $dot) (f32.convert_i32_u (local.get $C))))
      (local.set $dotV (f32x4.splat (local.get $dot)))
      ;; pass 2: dx = (dy ⊙ w − x̂ · dot) / rms
      (local.set $k (i32.const 0))
      (block $d3 (loop $l3
        (br_if $d3 (i32.ge_u (local.get $k) (local.get $vb)))
        (local.set $dV (f32x4.mul
          (f32x4.sub
            (f32x4.mul (v128.load (i32.add (local.get $dy) (local.get $k))) (v128.load (i32.add (local.get $w) (local.get $k))))
            (f32x4.mul (f32x4.mul (v128.load (i32.add (local.get $x) (local.get $k))) (local.get $invV)) (local.get $dotV)))
          (local.get $invV)))
        (if (local.get $acc)
          (then (local.set $dV (f32x4.add (v128.load (i32.add (local.get $dx) (local.get $k))) (local.get $dV)))))
        (v128.store (i32.add (local.get $dx) (local.get $k)) (local.get $dV))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $l3)))
      (block $d4 (loop $l4
        (br_if $d4 (i32.ge_u (local.get $k) (local.get $rb)))
        (local.set $d (f32.mul
          (f32.sub
            (f32.mul (f32.load (i32.add (local.get $dy) (local.get $k))) (f32.load (i32.add (local.get $w) (local.get $k))))
            (f32.mul (f32.mul (f32.load (i32.add (local.get $x) (local.get $k))) (local.get $inv)) (local.get $dot)))
          (local.get $inv)))
        (if (local.get $acc)
          (then (local.set $d (f32.add (f32.load (i32.add (local.get $dx) (local.get $k))) (local.get $d)))))
        (f32.store (i32.add (local.get $dx) (local.get $k)) (local.get $d))
        (local.set $k (i32.add (local.get $k) (i32.const 4)))
        (br $l4)))
      ;; the next row
      (local.set $dy (i32.add (local.get $dy) (local.get $rb)))
      (local.set $x (i32.add (local.get $x) (local.get $rb)))
      (local.set $dx (i32.add (local.get $dx) (local.get $rb)))
      (local.set $rms (i32.add (local.get $rms) (i32.const 4)))
      (local.set $t (i32.add (local.get $t) (i32.const 1)))
      (br $rowsLoop))))

;; ─── SwiGLU backward ────────────────────────────────────────────────────────────────────────

;; n floats; with s = σ(gate) (activations.ts swigluBackward):
;;   dup = dout ⊙ gate ⊙ s,   dgate = dout ⊙ up ⊙ silu′(gate),   silu′(g) = s + g · s · (1 − s)
;; dout, gate, up: (n) → dgate, dup: (n)
  (func (export "swigluBackward") (param $dout i32) (param $gate i32) (param $up i32)
    (param $dgate i32) (param $dup i32) (param $n i32)
    (local $k i32) (local $end i32) (local $vb i32)
    (local $g v128) (local $s v128) (local $d v128)
    (local $gs f32) (local $ss f32) (local $ds f32)
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (local.set $vb (i32.and (local.get $end) (i32.const -16)))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $k) (local.get $vb)))
      (local.set $g (v128.load (i32.add (local.get $gate) (local.get $k))))
      (local.set $d (v128.load (i32.add (local.get $dout) (local.get $k))))
      (local.set $s (call $sigmoid (local.get $g)))
      (v128.store (i32.add (local.get $dup) (local.get $k))
        (f32x4.mul (f32x4.mul (local.get $d) (local.get $g)) (local.get $s)))
      (v128.store (i32.add (local.get $dgate) (local.get $k))
        (f32x4.mul (f32x4.mul (local.get $d) (v128.load (i32.add (local.get $up) (local.get $k))))
          (f32x4.add (local.get $s) (f32x4.mul (f32x4.mul (local.get $g) (local.get $s))
            (f32x4.sub (f32x4.splat (f32.const 1)) (local.get $s))))))
      (local.set $k (i32.add (local.get $k) (i32.const 16)))
      (br $next)))
    ;; the last n mod 4, one at a time (σ from lane 0 of the vector one)
    (block $tailDone (loop $tail
      (br_if $tailDone (i32.ge_u (local.get $k) (local.get $end)))
      (local.set $gs (f32.load (i32.add (local.get $gate) (local.get $k))))
      (local.set $ds (f32.load (i32.add (local.get $dout) (local.get $k))))
      (local.set $ss (f32x4.extract_lane 0 (call $sigmoid (f32x4.splat (local.get $gs)))))
      (f32.store (i32.add (local.get $dup) (local.get $k))
        (f32.mul (f32.mul (local.get $ds) (local.get $gs)) (local.get $ss)))
      (f32.store (i32.add (local.get $dgate) (local.get $k))
        (f32.mul (f32.mul (local.get $ds) (f32.load (i32.add (local.get $up) (local.get $k))))
          (f32.add (local.get $ss) (f32.mul (f32.mul (local.get $gs) (local.get $ss))
            (f32.sub (f32.const 1) (local.get $ss))))))
      (local.set $k (i32.add (local.get $k) (i32.const 4)))
      (br $tail))))

;; ─── cross-entropy: softmax rows, scaled rows ───────────────────────────────────────────────

;; Softmax of each row of n floats (softmax.ts softmaxRow), out may be x:
;;   m = max x,   e = e^(x − m),   out = e / Σ e,   stats[2t] = m, stats[2t + 1] = Σ e
;; so that log Σ e^x = m + log Σ e (TypeScript takes the log). x: (rows, n) → out: (rows, n),
;; stats: (rows, 2)
  (func (export "softmaxRows") (param $x i32) (param $out i32) (param $stats i32) (param $rows i32)
    (param $n i32)
    (local $t i32) (local $k i32) (local $rb i32) (local $vb i32)
    (local $m v128) (local $e v128) (local $sum v128) (local $mx f32) (local $s f32) (local $es f32)
    (local.set $rb (i32.shl (local.get $n) (i32.const 2)))
    (local.set $vb (i32.and (local.get $rb) (i32.const -16)))
    (block $rowsDone (loop $rowsLoop
      (br_if $rowsDone (i32.ge_u (local.get $t) (local.get $rows)))
      ;; pass 1: the largest value (pmax and the select skip NaN, as softmax.ts' `v > max` does)
      (local.set $m (f32x4.splat (f32.const -inf)))
      (local.set $k (i32.const 0))
      (block $d1 (loop $l1
        (br_if $d1 (i32.ge_u (local.get $k) (local.get $vb)))
        (local.set $m (f32x4.pmax (local.get $m) (v128.load (i32.add (local.get $x) (local.get $k)))))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $l1)))
      (local.set $mx (f32.max
        (f32.max (f32x4.extract_lane 0 (local.get $m)) (f32x4.extract_lane 1 (local.get $m)))
        (f32.max (f32x4.extract_lane 2 (local.get $m)) (f32x4.extract_lane 3 (local.get $m)))))
      (block $d2 (loop $l2
        (br_if $d2 (i32.ge_u (local.get $k) (local.get $rb)))
        (local.set $es (f32.load (i32.add (local.get $x) (local.get $k))))
        (local.set $mx (select (local.get $es) (local.get $mx) (f32.gt (local.get $es) (local.get $mx))))
        (local.set $k (i32.add (local.get $k) (i32.const 4)))
        (br $l2)))
      (local.set $m (f32x4.splat (local.get $mx)))
      ;; pass 2: e = e^(x − m) into out, and its sum
      (local.set $sum (v128.const i32x4 0 0 0 0))
      (local.set $k (i32.const 0))
      (block $d3 (loop $l3
        (br_if $d3 (i32.ge_u (local.get $k) (local.get $vb)))
        (local.set $e (call $exp (f32x4.sub (v128.load (i32.add (local.get $x) (local.get $k))) (local.get $m))))
        (v128.store (i32.add (local.get $out) (local.get $k)) (local.get $e))
        (local.set $sum (f32x4.add (local.get $sum) (local.get $e)))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $l3)))
      (local.set $s (call $hsum (local.get $sum)))
      (block $d4 (loop $l4
        (br_if $d4 (i32.ge_u (local.get $k) (local.get $rb)))
        (local.set $es (f32x4.extract_lane 0 (call $exp
          (f32x4.splat (f32.sub (f32.load (i32.add (local.get $x) (local.get $k))) (local.get $mx))))))
        (f32.store (i32.add (local.get $out) (local.get $k)) (local.get $es))
        (local.set $s (f32.add (local.get $s) (local.get $es)))
        (local.set $k (i32.add (local.get $k) (i32.const 4)))
        (br $l4)))
      (f32.store (local.get $stats) (local.get $mx))
      (f32.store offset=4 (local.get $stats) (local.get $s))
      ;; pass 3: out = e / Σ e (one division, then multiplications)
      (call $scaleRow (local.get $out) (local.get $out) (local.get $n)
        (f32.div (f32.const 1) (local.get $s)))
      (local.set $x (i32.add (local.get $x) (local.get $rb)))
      (local.set $out (i32.add (local.get $out) (local.get $rb)))
      (local.set $stats (i32.add (local.get $stats) (i32.const 8)))
      (local.set $t (i32.add (local.get $t) (i32.const 1)))
      (br $rowsLoop))))

;; out = x · f for n floats (out may be x)
  (func $scaleRow (param $x i32) (param $out i32) (param $n i32) (param $f f32)
    (local $k i32) (local $end i32) (local $vb i32) (local $fv v128)
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (local.set $vb (i32.and (local.get $end) (i32.const -16)))
    (local.set $fv (f32x4.splat (local.get $f)))
    (block $d (loop $l
      (br_if $d (i32.ge_u (local.get $k) (local.get $vb)))
      (v128.store (i32.add (local.get $out) (local.get $k))
        (f32x4.mul (v128.load (i32.add (local.get $x) (local.get $k))) (local.get $fv)))
      (local.set $k (i32.add (local.get $k) (i32.const 16)))
      (br $l)))
    (block $d1 (loop $l1
      (br_if $d1 (i32.ge_u (local.get $k) (local.get $end)))
      (f32.store (i32.add (local.get $out) (local.get $k))
        (f32.mul (f32.load (i32.add (local.get $x) (local.get $k))) (local.get $f)))
      (local.set $k (i32.add (local.get $k) (i32.const 4)))
      (br $l1))))

;; Row t of x times w[t] (the cross-entropy's gradient before its one-hot part: probs · mask / divisor).
;; x: (rows, n), w: (rows) → out: (rows, n), out may be x
  (func (export "scaleRows") (param $x i32) (param $out i32) (param $w i32) (param $rows i32)
    (param $n i32)
    (local $t i32) (local $rb i32)
    (local.set $rb (i32.shl (local.get $n) (i32.const 2)))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $t) (local.get $rows)))
      (call $scaleRow
        (i32.add (local.get $x) (i32.mul (local.get $t) (local.get $rb)))
        (i32.add (local.get $out) (i32.mul (local.get $t) (local.get $rb)))
        (local.get $n)
        (f32.load (i32.add (local.get $w) (i32.shl (local.get $t) (i32.const 2)))))
      (local.set $t (i32.add (local.get $t) (i32.const 1)))
      (br $next))))

;; ─── attention's softmax backward ──────────────────────────────────────────────────────────

;; Causal attention's softmax backward over the keys each query row sees, with the row's query
;; factor f[t] (scale · LogN, attentionSimd.ts) folded in:
;;   row t sees keys [s0, s1]: s1 = past + t, s0 = max(0, s1 − window + 1)
;;   dot = Σ p ⊙ ds over them,   ds = f[t] · p ⊙ (ds − dot) there, 0 elsewhere in the row
;; p, ds: (rows, S), f: (rows) → ds: (rows, S) in place
  (func (export "softmaxBackward") (param $p i32) (param $ds i32) (param $f i32) (param $rows i32)
    (param $S i32) (param $past i32) (param $window i32)
    (local $t i32) (local $rb i32) (local $k i32) (local $k0 i32) (local $end i32) (local $vend i32)
    (local $dotV v128) (local $dot f32) (local $fv v128) (local $fs f32) (local $pv v128)
    (local.set $rb (i32.shl (local.get $S) (i32.const 2)))
    (block $rowsDone (loop $rowsLoop
      (br_if $rowsDone (i32.ge_u (local.get $t) (local.get $rows)))
      ;; bytes [k0, end) of the row are its visible keys
      (local.set $end (i32.shl (i32.add (i32.add (local.get $past) (local.get $t)) (i32.const 1))
                               (i32.const 2)))
      (local.set $k0 (i32.sub (i32.add (i32.add (local.get $past) (local.get $t)) (i32.const 1))
                              (local.get $window)))
      (if (i32.lt_s (local.get $k0) (i32.const 0)) (then (local.set $k0 (i32.const 0))))
      (local.set $k0 (i32.shl (local.get $k0) (i32.const 2)))
      (local.set $vend (i32.sub (local.get $end) (i32.and (i32.sub (local.get $end) (local.get $k0))
                                                          (i32.const 15))))
      ;; pass 1: dot
      (local.set $dotV (v128.const i32x4 0 0 0 0))
      (local.set $k (local.get $k0))
      (block $d1 (loop $l1
        (br_if $d1 (i32.ge_u (local.get $k) (local.get $vend)))
        (local.set $dotV (f32x4.add (local.get $dotV) (f32x4.mul
          (v128.load (i32.add (local.get $p) (local.get $k)))
          (v128.load (i32.add (local.get $ds) (local.get $k))))))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $l1)))
      (local.set $dot (call $hsum (local.get $dotV)))
      (block $d2 (loop $l2
        (br_if $d2 (i32.ge_u (local.get $k) (local.get $end)))
        (local.set $dot (f32.add (local.get $dot) (f32.mul
          (f32.load (i32.add (local.get $p) (local.get $k)))
          (f32.load (i32.add (local.get $ds) (local.get $k))))))
        (local.set $k (i32.add (local.get $k) (i32.const 4)))
        (br $l2)))
      ;; pass 2: ds = f · p ⊙ (ds − dot)
      (local.set $fs (f32.load (i32.add (local.get $f) (i32.shl (local.get $t) (i32.const 2)))))
      (local.set $fv (f32x4.splat (local.get $fs)))
      (local.set $dotV (f32x4.splat (local.get $dot)))
      (local.set $k (local.get $k0))
      (block $d3 (loop $l3
        (br_if $d3 (i32.ge_u (local.get $k) (local.get $vend)))
        (local.set $pv (f32x4.mul (local.get $fv) (v128.load (i32.add (local.get $p) (local.get $k)))))
        (v128.store (i32.add (local.get $ds) (local.get $k)) (f32x4.mul (local.get $pv)
          (f32x4.sub (v128.load (i32.add (local.get $ds) (local.get $k))) (local.get $dotV))))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $l3)))
      (block $d4 (loop $l4
        (br_if $d4 (i32.ge_u (local.get $k) (local.get $end)))
        (f32.store (i32.add (local.get $ds) (local.get $k))
          (f32.mul (f32.mul (local.get $fs) (f32.load (i32.add (local.get $p) (local.get $k))))
            (f32.sub (f32.load (i32.add (local.get $ds) (local.get $k))) (local.get $dot))))
        (local.set $k (i32.add (local.get $k) (i32.const 4)))
        (br $l4)))
      ;; the keys the row does not see
      (memory.fill (local.get $ds) (i32.const 0) (local.get $k0))
      (memory.fill (i32.add (local.get $ds) (local.get $end)) (i32.const 0)
        (i32.sub (local.get $rb) (local.get $end)))
      (local.set $p (i32.add (local.get $p) (local.get $rb)))
      (local.set $ds (i32.add (local.get $ds) (local.get $rb)))
      (local.set $t (i32.add (local.get $t) (i32.const 1)))
      (br $rowsLoop))))

;; ─── the gradient's norm ────────────────────────────────────────────────────────────────────

;; Σ g² over n floats, summed in float64 (two lanes of squares per half of a v128), so that the
;; global norm of a few million gradients keeps its digits (model/adamw.ts globalNorm).
  (func (export "sumSquares") (param $g i32) (param $n i32) (result f64)
    (local $k i32) (local $end i32) (local $vb i32) (local $v v128) (local $lo v128) (local $acc v128)
    (local $s f64)
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (local.set $vb (i32.and (local.get $end) (i32.const -16)))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $k) (local.get $vb)))
      (local.set $v (v128.load (i32.add (local.get $g) (local.get $k))))
      (local.set $lo (f64x2.promote_low_f32x4 (local.get $v)))
      (local.set $acc (f64x2.add (local.get $acc) (f64x2.mul (local.get $lo) (local.get $lo))))
      (local.set $lo (f64x2.promote_low_f32x4
        (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $v) (local.get $v))))
      (local.set $acc (f64x2.add (local.get $acc) (f64x2.mul (local.get $lo) (local.get $lo))))
      (local.set $k (i32.add (local.get $k) (i32.const 16)))
      (br $next)))
    (local.set $s (f64.add (f64x2.extract_lane 0 (local.get $acc)) (f64x2.extract_lane 1 (local.get $acc))))
    (block $tailDone (loop $tail
      (br_if $tailDone (i32.ge_u (local.get $k) (local.get $end)))
      (local.set $s (f64.add (local.get $s) (f64.mul
        (f64.promote_f32 (f32.load (i32.add (local.get $g) (local.get $k))))
        (f64.promote_f32 (f32.load (i32.add (local.get $g) (local.get $k)))))))
      (local.set $k (i32.add (local.get $k) (i32.const 4)))
      (br $tail)))
    (local.get $s))

;; dst += src over n floats (data parallel: another thread's gradients added to this one's)
  (func (export "addInto") (param $dst i32) (param $src i32) (param $n i32)
    (local $k i32) (local $end i32) (local $vb i32)
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (local.set $vb (i32.and (local.get $end) (i32.const -16)))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $k) (local.get $vb)))
      (v128.store (i32.add (local.get $dst) (local.get $k)) (f32x4.add
        (v128.load (i32.add (local.get $dst) (local.get $k)))
        (v128.load (i32.add (local.get $src) (local.get $k)))))
      (local.set $k (i32.add (local.get $k) (i32.const 16)))
      (br $next)))
    (block $tailDone (loop $tail
      (br_if $tailDone (i32.ge_u (local.get $k) (local.get $end)))
      (f32.store (i32.add (local.get $dst) (local.get $k)) (f32.add
        (f32.load (i32.add (local.get $dst) (local.get $k)))
        (f32.load (i32.add (local.get $src) (local.get $k)))))
      (local.set $k (i32.add (local.get $k) (i32.const 4)))
      (br $tail))))

;; ─── AdamW ──────────────────────────────────────────────────────────────────────────────────

;; One AdamW update of n parameters in place (model/adamw.ts adamwUpdate), with the step's
;; factors from TypeScript: decay = 1 − lr·wd (1 outside the decayed tensors), c1 = 1 − β1,
;; c2 = 1 − β2, a = lr / (1 − β1ᵗ), ib2 = 1 / (1 − β2ᵗ):
;;   m = β1·m + c1·g,   v = β2·v + c2·g²,   p = p·decay − a·m / (√(v·ib2) + eps)
;; p, g, m, v: (n) → p, m, v: (n)
  (func (export "adamw") (param $p i32) (param $g i32) (param $m i32) (param $v i32) (param $n i32)
    (param $decay f32) (param $b1 f32) (param $c1 f32) (param $b2 f32) (param $c2 f32)
    (param $a f32) (param $ib2 f32) (param $eps f32)
    (local $k i32) (local $end i32) (local $vb i32)
    (local $gv v128) (local $mv v128) (local $vv v128) (local $gs f32) (local $ms f32) (local $vs f32)
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (local.set $vb (i32.and (local.get $end) (i32.const -16)))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $k) (local.get $vb)))
      (local.set $gv (v128.load (i32.add (local.get $g) (local.get $k))))
      (local.set $mv (f32x4.add
        (f32x4.mul (f32x4.splat (local.get $b1)) (v128.load (i32.add (local.get $m) (local.get $k))))
        (f32x4.mul (f32x4.splat (local.get $c1)) (local.get $gv))))
      (local.set $vv (f32x4.add
        (f32x4.mul (f32x4.splat (local.get $b2)) (v128.load (i32.add (local.get $v) (local.get $k))))
        (f32x4.mul (f32x4.mul (f32x4.splat (local.get $c2)) (local.get $gv)) (local.get $gv))))
      (v128.store (i32.add (local.get $m) (local.get $k)) (local.get $mv))
      (v128.store (i32.add (local.get $v) (local.get $k)) (local.get $vv))
      (v128.store (i32.add (local.get $p) (local.get $k)) (f32x4.sub
        (f32x4.mul (v128.load (i32.add (local.get $p) (local.get $k))) (f32x4.splat (local.get $decay)))
        (f32x4.div (f32x4.mul (f32x4.splat (local.get $a)) (local.get $mv))
          (f32x4.add (f32x4.sqrt (f32x4.mul (local.get $vv) (f32x4.splat (local.get $ib2))))
                     (f32x4.splat (local.get $eps))))))
      (local.set $k (i32.add (local.get $k) (i32.const 16)))
      (br $next)))
    (block $tailDone (loop $tail
      (br_if $tailDone (i32.ge_u (local.get $k) (local.get $end)))
      (local.set $gs (f32.load (i32.add (local.get $g) (local.get $k))))
      (local.set $ms (f32.add (f32.mul (local.get $b1) (f32.load (i32.add (local.get $m) (local.get $k))))
                              (f32.mul (local.get $c1) (local.get $gs))))
      (local.set $vs (f32.add (f32.mul (local.get $b2) (f32.load (i32.add (local.get $v) (local.get $k))))
                              (f32.mul (f32.mul (local.get $c2) (local.get $gs)) (local.get $gs))))
      (f32.store (i32.add (local.get $m) (local.get $k)) (local.get $ms))
      (f32.store (i32.add (local.get $v) (local.get $k)) (local.get $vs))
      (f32.store (i32.add (local.get $p) (local.get $k)) (f32.sub
        (f32.mul (f32.load (i32.add (local.get $p) (local.get $k))) (local.get $decay))
        (f32.div (f32.mul (local.get $a) (local.get $ms))
          (f32.add (f32.sqrt (f32.mul (local.get $vs) (local.get $ib2))) (local.get $eps)))))
      (local.set $k (i32.add (local.get $k) (i32.const 4)))
      (br $tail))))
)
