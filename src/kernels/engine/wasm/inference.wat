;; The tiny model's inference kernels in WebAssembly SIMD: matrix products, attention, SwiGLU,
;; RMSNorm and RoPE, four floats at a time. A v128 register holds four floats; f32x4.mul and
;; f32x4.add work on all four lanes in one instruction.
;;
;; The memory is imported, so JavaScript owns it: the weights are pinned in it once, the forward
;; pass keeps its activations in it (wasmMemory.ts), and helper threads share it (wasmThreads.ts,
;; where each thread runs the same export on its own rows or heads).
;;
;; Pointers are byte offsets into memory; pointer 0 means "none" (wasmMemory.ts never hands out
;; the first bytes). Row strides (lda, ldb, ldc, ldk) count floats, so a product can read one
;; head's columns out of a wider matrix without copying them. Sums are float32, as ONNX
;; Runtime's are.
;;
;; Deliberately left out: FMA (relaxed SIMD is not in Node 20 without a flag). Training uses the
;; products, attention and the forward's steps from here; its backward passes, cross-entropy and
;; AdamW are in training.wat.
;; Compiled to inferenceWasm.ts by `npm run wasm` (wabt); a unit test keeps the two in step.
(module
  (import "env" "memory" (memory 1 16384 shared))

;; ─── matrix products ────────────────────────────────────────────────────────────────────────

;; stores four outputs at o: v (+ bias[j … j+3] when bias ≠ 0) (+ the old values when acc ≠ 0)
  (func $store4 (param $o i32) (param $v v128) (param $bias i32) (param $acc i32)
    (if (local.get $bias)
      (then (local.set $v (f32x4.add (local.get $v) (v128.load (local.get $bias))))))
    (if (local.get $acc)
      (then (local.set $v (f32x4.add (v128.load (local.get $o)) (local.get $v)))))
    (v128.store (local.get $o) (local.get $v)))

;; the same for one output
  (func $store1 (param $o i32) (param $v f32) (param $bias i32) (param $acc i32)
    (if (local.get $bias)
      (then (local.set $v (f32.add (local.get $v) (f32.load (local.get $bias))))))
    (if (local.get $acc)
      (then (local.set $v (f32.add (f32.load (local.get $o)) (local.get $v)))))
    (f32.store (local.get $o) (local.get $v)))

;; where bias[j] is, or 0 without a bias
  (func $biasAt (param $bias i32) (param $j i32) (result i32)
    (select (i32.add (local.get $bias) (i32.shl (local.get $j) (i32.const 2))) (i32.const 0)
            (local.get $bias)))

;; one output the slow way: Σ_k x[k] · y[k · sy] (sy in bytes), for the last N mod 4 columns
  (func $dotColumn (param $x i32) (param $y i32) (param $sy i32) (param $K i32) (result f32)
    (local $k i32) (local $sum f32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $k) (local.get $K)))
        (local.set $sum (f32.add (local.get $sum)
          (f32.mul (f32.load (i32.add (local.get $x) (i32.shl (local.get $k) (i32.const 2))))
                   (f32.load (i32.add (local.get $y) (i32.mul (local.get $k) (local.get $sy)))))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    (local.get $sum))

;; out (M, N) = a (M, K) · b (K, N) + bias (N), added to out when acc ≠ 0 (residual adds).
;; b is stored k-major, (K, N): the weights are pinned transposed (matmulSimd.ts), attention
;; passes Kᵀ for the scores and V as it is for P · V. A tile of outputs is computed at once:
;;   tile:  4 rows × 8 columns = 8 v128 sums, held in registers for the whole k loop
;;   step k: load b[k, j … j+7] (2 loads), then for each of the 4 rows splat a[i, k] to all four
;;           lanes and multiply-add: 4 splats, 8 multiplies, 8 adds for 32 multiply-adds
;;   end:   the sums are the outputs, stored as they are (no horizontal sums)
;; x86 has 16 vector registers: 8 sums + 2 of b + 1 of a fit. Leftover rows (decoding's single
;; row) use 1 × 16 tiles, then 1 × 8; N mod 8 = 4 a 4-wide tile; the last N mod 4 columns a
;; scalar loop.
  (func $matmul (export "matmul")
    (param $a i32) (param $lda i32) (param $b i32) (param $ldb i32) (param $bias i32)
    (param $acc i32) (param $out i32) (param $ldc i32) (param $M i32) (param $N i32) (param $K i32)
    (local $sa i32) (local $sb i32) (local $sc i32) (local $kb i32)
    (local $i i32) (local $j i32) (local $k i32) (local $r i32) (local $rows i32)
    (local $a0 i32) (local $a1 i32) (local $a2 i32) (local $a3 i32) (local $bk i32) (local $o i32)
    (local $bj i32) (local $jp i32) (local $jEnd i32)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local $x v128) (local $y0 v128) (local $y1 v128)
    (local.set $sa (i32.shl (local.get $lda) (i32.const 2)))
    (local.set $sb (i32.shl (local.get $ldb) (i32.const 2)))
    (local.set $sc (i32.shl (local.get $ldc) (i32.const 2)))
    (local.set $kb (i32.shl (local.get $K) (i32.const 2)))
    ;; columns in panels of 256: a panel of b (K × 256 floats, 128 KB for K = 128) stays in the
    ;; core's L2 cache while every row block runs over it (lm_head's whole b is 1 MB)
    (block $panelsDone
      (loop $panels
        (br_if $panelsDone (i32.ge_u (local.get $jp) (local.get $N)))
        (local.set $jEnd (i32.add (local.get $jp) (i32.const 256)))
        (if (i32.gt_u (local.get $jEnd) (local.get $N)) (then (local.set $jEnd (local.get $N))))
        (local.set $i (i32.const 0))
        (block $rowsDone
          (loop $rowBlocks
            (br_if $rowsDone (i32.ge_u (local.get $i) (local.get $M)))
            ;; 4 rows while there are 4, then one at a time (a1 … a3 = a0: their sums are unused)
            (local.set $rows (select (i32.const 4) (i32.const 1)
              (i32.le_u (i32.add (local.get $i) (i32.const 4)) (local.get $M))))
            (local.set $a0 (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $sa))))
            (local.set $a1 (select (i32.add (local.get $a0) (local.get $sa)) (local.get $a0)
              (i32.eq (local.get $rows) (i32.const 4))))
            (local.set $a2 (select (i32.add (local.get $a1) (local.get $sa)) (local.get $a0)
              (i32.eq (local.get $rows) (i32.const 4))))
            (local.set $a3 (select (i32.add (local.get $a2) (local.get $sa)) (local.get $a0)
              (i32.eq (local.get $rows) (i32.const 4))))
            (local.set $j (local.get $jp))
            ;; a single row (decoding): 16 columns at a time, four independent sums per k
            (if (i32.eq (local.get $rows) (i32.const 1))
              (then
                (block $c16Done
                  (loop $c16
                    (br_if $c16Done (i32.gt_u (i32.add (local.get $j) (i32.const 16)) (local.get $jEnd)))
                    (local.set $c00 (v128.const i32x4 0 0 0 0)) (local.set $c01 (v128.const i32x4 0 0 0 0))
                    (local.set $c10 (v128.const i32x4 0 0 0 0)) (local.set $c11 (v128.const i32x4 0 0 0 0))
                    (local.set $bk (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))))
                    (local.set $k (i32.const 0))
                    (block $k16Done
                      (loop $k16
                        (br_if $k16Done (i32.ge_u (local.get $k) (local.get $kb)))
                        (local.set $x (v128.load32_splat (i32.add (local.get $a0) (local.get $k))))
                        (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $x) (v128.load (local.get $bk)))))
                        (local.set $c01 (f32x4.add (local.get $c01)
                          (f32x4.mul (local.get $x) (v128.load offset=16 (local.get $bk)))))
                        (local.set $c10 (f32x4.add (local.get $c10)
                          (f32x4.mul (local.get $x) (v128.load offset=32 (local.get $bk)))))
                        (local.set $c11 (f32x4.add (local.get $c11)
                          (f32x4.mul (local.get $x) (v128.load offset=48 (local.get $bk)))))
                        (local.set $bk (i32.add (local.get $bk) (local.get $sb)))
                        (local.set $k (i32.add (local.get $k) (i32.const 4)))
                        (br $k16)))
                    (local.set $o (i32.add (i32.add (local.get $out) (i32.mul (local.get $i) (local.get $sc)))
                                           (i32.shl (local.get $j) (i32.const 2))))
                    (call $store4 (local.get $o) (local.get $c00)
                      (call $biasAt (local.get $bias) (local.get $j)) (local.get $acc))
                    (call $store4 (i32.add (local.get $o) (i32.const 16)) (local.get $c01)
                      (call $biasAt (local.get $bias) (i32.add (local.get $j) (i32.const 4))) (local.get $acc))
                    (call $store4 (i32.add (local.get $o) (i32.const 32)) (local.get $c10)
                      (call $biasAt (local.get $bias) (i32.add (local.get $j) (i32.const 8))) (local.get $acc))
                    (call $store4 (i32.add (local.get $o) (i32.const 48)) (local.get $c11)
                      (call $biasAt (local.get $bias) (i32.add (local.get $j) (i32.const 12))) (local.get $acc))
                    (local.set $j (i32.add (local.get $j) (i32.const 16)))
                    (br $c16)))))
            ;; columns in 8s
            (block $colsDone
              (loop $cols
                (br_if $colsDone (i32.gt_u (i32.add (local.get $j) (i32.const 8)) (local.get $jEnd)))
                (local.set $c00 (v128.const i32x4 0 0 0 0)) (local.set $c01 (v128.const i32x4 0 0 0 0))
                (local.set $c10 (v128.const i32x4 0 0 0 0)) (local.set $c11 (v128.const i32x4 0 0 0 0))
                (local.set $c20 (v128.const i32x4 0 0 0 0)) (local.set $c21 (v128.const i32x4 0 0 0 0))
                (local.set $c30 (v128.const i32x4 0 0 0 0)) (local.set $c31 (v128.const i32x4 0 0 0 0))
                (local.set $bk (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))))
                (local.set $k (i32.const 0))
                (if (i32.eq (local.get $rows) (i32.const 4))
                  (then
                    (block $kDone
                      (loop $ks
                        (br_if $kDone (i32.ge_u (local.get $k) (local.get $kb)))
                        (local.set $y0 (v128.load (local.get $bk)))
                        (local.set $y1 (v128.load offset=16 (local.get $bk)))
                        (local.set $x (v128.load32_splat (i32.add (local.get $a0) (local.get $k))))
                        (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $x) (local.get $y0))))
                        (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $x) (local.get $y1))))
                        (local.set $x (v128.load32_splat (i32.add (local.get $a1) (local.get $k))))
                        (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $x) (local.get $y0))))
                        (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $x) (local.get $y1))))
                        (local.set $x (v128.load32_splat (i32.add (local.get $a2) (local.get $k))))
                        (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $x) (local.get $y0))))
                        (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $x) (local.get $y1))))
                        (local.set $x (v128.load32_splat (i32.add (local.get $a3) (local.get $k))))
                        (local.set $c30 (f32x4.add (local.get $c30) (f32x4.mul (local.get $x) (local.get $y0))))
                        (local.set $c31 (f32x4.add (local.get $c31) (f32x4.mul (local.get $x) (local.get $y1))))
                        (local.set $bk (i32.add (local.get $bk) (local.get $sb)))
                        (local.set $k (i32.add (local.get $k) (i32.const 4)))
                        (br $ks))))
                  (else
                    (block $kDone1
                      (loop $ks1
                        (br_if $kDone1 (i32.ge_u (local.get $k) (local.get $kb)))
                        (local.set $x (v128.load32_splat (i32.add (local.get $a0) (local.get $k))))
                        (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $x) (v128.load (local.get $bk)))))
                        (local.set $c01 (f32x4.add (local.get $c01)
                          (f32x4.mul (local.get $x) (v128.load offset=16 (local.get $bk)))))
                        (local.set $bk (i32.add (local.get $bk) (local.get $sb)))
                        (local.set $k (i32.add (local.get $k) (i32.const 4)))
                        (br $ks1)))))
                (local.set $o (i32.add (i32.add (local.get $out) (i32.mul (local.get $i) (local.get $sc)))
                                       (i32.shl (local.get $j) (i32.const 2))))
                (local.set $bj (call $biasAt (local.get $bias) (local.get $j)))
                (call $store4 (local.get $o) (local.get $c00) (local.get $bj) (local.get $acc))
                (call $store4 (i32.add (local.get $o) (i32.const 16)) (local.get $c01)
                  (call $biasAt (local.get $bias) (i32.add (local.get $j) (i32.const 4))) (local.get $acc))
                (if (i32.eq (local.get $rows) (i32.const 4))
                  (then
                    (local.set $o (i32.add (local.get $o) (local.get $sc)))
                    (call $store4 (local.get $o) (local.get $c10) (local.get $bj) (local.get $acc))
                    (call $store4 (i32.add (local.get $o) (i32.const 16)) (local.get $c11)
                      (call $biasAt (local.get $bias) (i32.add (local.get $j) (i32.const 4))) (local.get $acc))
                    (local.set $o (i32.add (local.get $o) (local.get $sc)))
                    (call $store4 (local.get $o) (local.get $c20) (local.get $bj) (local.get $acc))
                    (call $store4 (i32.add (local.get $o) (i32.const 16)) (local.get $c21)
                      (call $biasAt (local.get $bias) (i32.add (local.get $j) (i32.const 4))) (local.get $acc))
                    (local.set $o (i32.add (local.get $o) (local.get $sc)))
                    (call $store4 (local.get $o) (local.get $c30) (local.get $bj) (local.get $acc))
                    (call $store4 (i32.add (local.get $o) (i32.const 16)) (local.get $c31)
                      (call $biasAt (local.get $bias) (i32.add (local.get $j) (i32.const 4))) (local.get $acc))))
                (local.set $j (i32.add (local.get $j) (i32.const 8)))
                (br $cols)))
            ;; four more columns (N mod 8 ≥ 4): one v128 per row
            (if (i32.le_u (i32.add (local.get $j) (i32.const 4)) (local.get $jEnd))
              (then
                (local.set $c00 (v128.const i32x4 0 0 0 0)) (local.set $c10 (v128.const i32x4 0 0 0 0))
                (local.set $c20 (v128.const i32x4 0 0 0 0)) (local.set $c30 (v128.const i32x4 0 0 0 0))
                (local.set $bk (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))))
                (local.set $k (i32.const 0))
                (block $k4Done
                  (loop $k4
                    (br_if $k4Done (i32.ge_u (local.get $k) (local.get $kb)))
                    (local.set $y0 (v128.load (local.get $bk)))
                    (local.set $c00 (f32x4.add (local.get $c00)
                      (f32x4.mul (v128.load32_splat (i32.add (local.get $a0) (local.get $k))) (local.get $y0))))
                    (local.set $c10 (f32x4.add (local.get $c10)
                      (f32x4.mul (v128.load32_splat (i32.add (local.get $a1) (local.get $k))) (local.get $y0))))
                    (local.set $c20 (f32x4.add (local.get $c20)
                      (f32x4.mul (v128.load32_splat (i32.add (local.get $a2) (local.get $k))) (local.get $y0))))
                    (local.set $c30 (f32x4.add (local.get $c30)
                      (f32x4.mul (v128.load32_splat (i32.add (local.get $a3) (local.get $k))) (local.get $y0))))
                    (local.set $bk (i32.add (local.get $bk) (local.get $sb)))
                    (local.set $k (i32.add (local.get $k) (i32.const 4)))
                    (br $k4)))
                (local.set $o (i32.add (i32.add (local.get $out) (i32.mul (local.get $i) (local.get $sc)))
                                       (i32.shl (local.get $j) (i32.const 2))))
                (local.set $bj (call $biasAt (local.get $bias) (local.get $j)))
                (call $store4 (local.get $o) (local.get $c00) (local.get $bj) (local.get $acc))
                (if (i32.eq (local.get $rows) (i32.const 4))
                  (then
                    (local.set $o (i32.add (local.get $o) (local.get $sc)))
                    (call $store4 (local.get $o) (local.get $c10) (local.get $bj) (local.get $acc))
                    (local.set $o (i32.add (local.get $o) (local.get $sc)))
                    (call $store4 (local.get $o) (local.get $c20) (local.get $bj) (local.get $acc))
                    (local.set $o (i32.add (local.get $o) (local.get $sc)))
                    (call $store4 (local.get $o) (local.get $c30) (local.get $bj) (local.get $acc))))
                (local.set $j (i32.add (local.get $j) (i32.const 4)))))
            ;; the last N mod 4 columns, one output at a time
            (block $tailDone
              (loop $tail
                (br_if $tailDone (i32.ge_u (local.get $j) (local.get $jEnd)))
                (local.set $r (i32.const 0))
                (block $tailRowsDone
                  (loop $tailRows
                    (br_if $tailRowsDone (i32.ge_u (local.get $r) (local.get $rows)))
                    (call $store1
                      (i32.add (i32.add (local.get $out)
                                        (i32.mul (i32.add (local.get $i) (local.get $r)) (local.get $sc)))
                               (i32.shl (local.get $j) (i32.const 2)))
                      (call $dotColumn (i32.add (local.get $a0) (i32.mul (local.get $r) (local.get $sa)))
                                       (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2)))
                                       (local.get $sb) (local.get $K))
                      (call $biasAt (local.get $bias) (local.get $j)) (local.get $acc))
                    (local.set $r (i32.add (local.get $r) (i32.const 1)))
                    (br $tailRows)))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (br $tail)))
            (local.set $i (i32.add (local.get $i) (local.get $rows)))
            (br $rowBlocks)))
        (local.set $jp (local.get $jEnd))
        (br $panels))))

;; ─── transpose ─────────────────────────────────────────────────────────────────────────────

;; dst (cols, rows; row stride ldd) = src (rows, cols; row stride lds)ᵀ, each source row r first
;; times scale[r] when scale ≠ 0, added to dst when acc ≠ 0. It makes the k-major right operand
;; the products need out of a row-major matrix (matmulSimd.ts, attentionSimd.ts) and adds
;; transposed results back. Blocks of 4 × 4: four rows loaded, eight shuffles, four columns
;; stored; the last rows mod 4 and columns mod 4 one float at a time.
  (func (export "transpose") (param $src i32) (param $lds i32) (param $dst i32) (param $ldd i32)
    (param $rows i32) (param $cols i32) (param $scale i32) (param $acc i32)
    (local $r i32) (local $c i32) (local $rows4 i32) (local $cols4 i32) (local $sb i32) (local $db i32)
    (local $p i32) (local $q i32)
    (local $a v128) (local $b v128) (local $x v128) (local $y v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local.set $rows4 (i32.and (local.get $rows) (i32.const -4)))
    (local.set $cols4 (i32.and (local.get $cols) (i32.const -4)))
    (local.set $sb (i32.shl (local.get $lds) (i32.const 2))) ;; a source row in bytes
    (local.set $db (i32.shl (local.get $ldd) (i32.const 2))) ;; a destination row in bytes
    (block $blocksDone (loop $blockRows
      (br_if $blocksDone (i32.ge_u (local.get $r) (local.get $rows4)))
      (local.set $c (i32.const 0))
      (block $colsDone (loop $blockCols
        (br_if $colsDone (i32.ge_u (local.get $c) (local.get $cols4)))
        ;; p = &src[r, c]: rows a, b, x, y of the block
        (local.set $p (i32.add (i32.add (local.get $src) (i32.mul (local.get $r) (local.get $sb)))
                               (i32.shl (local.get $c) (i32.const 2))))
        (local.set $a (v128.load (local.get $p)))
        (local.set $b (v128.load (i32.add (local.get $p) (local.get $sb))))
        (local.set $x (v128.load (i32.add (local.get $p) (i32.shl (local.get $sb) (i32.const 1)))))
        (local.set $y (v128.load (i32.add (local.get $p) (i32.mul (local.get $sb) (i32.const 3)))))
        (if (local.get $scale) (then
          (local.set $q (i32.add (local.get $scale) (i32.shl (local.get $r) (i32.const 2))))
          (local.set $a (f32x4.mul (local.get $a) (v128.load32_splat (local.get $q))))
          (local.set $b (f32x4.mul (local.get $b) (v128.load32_splat offset=4 (local.get $q))))
          (local.set $x (f32x4.mul (local.get $x) (v128.load32_splat offset=8 (local.get $q))))
          (local.set $y (f32x4.mul (local.get $y) (v128.load32_splat offset=12 (local.get $q))))))
        ;; t0 = a0 b0 a1 b1, t1 = a2 b2 a3 b3, t2 = x0 y0 x1 y1, t3 = x2 y2 x3 y3
        (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $a) (local.get $b)))
        (local.set $t1 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $a) (local.get $b)))
        (local.set $t2 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $x) (local.get $y)))
        (local.set $t3 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $x) (local.get $y)))
        ;; q = &dst[c, r]: columns c … c+3 of the block become rows c … c+3 of dst
        (local.set $q (i32.add (i32.add (local.get $dst) (i32.mul (local.get $c) (local.get $db)))
                               (i32.shl (local.get $r) (i32.const 2))))
        (call $put4 (local.get $q) (local.get $acc)
          (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t2)))
        (call $put4 (i32.add (local.get $q) (local.get $db)) (local.get $acc)
          (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t2)))
        (call $put4 (i32.add (local.get $q) (i32.shl (local.get $db) (i32.const 1))) (local.get $acc)
          (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t1) (local.get $t3)))
        (call $put4 (i32.add (local.get $q) (i32.mul (local.get $db) (i32.const 3))) (local.get $acc)
          (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t1) (local.get $t3)))
        (local.set $c (i32.add (local.get $c) (i32.const 4)))
        (br $blockCols)))
      ;; the last cols mod 4 columns of these four rows
      (call $transposeScalar (local.get $src) (local.get $lds) (local.get $dst) (local.get $ldd)
        (local.get $r) (i32.add (local.get $r) (i32.const 4)) (local.get $cols4) (local.get $cols)
        (local.get $scale) (local.get $acc))
      (local.set $r (i32.add (local.get $r) (i32.const 4)))
      (br $blockRows)))
    ;; the last rows mod 4 rows, every column
    (call $transposeScalar (local.get $src) (local.get $lds) (local.get $dst) (local.get $ldd)
      (local.get $rows4) (local.get $rows) (i32.const 0) (local.get $cols)
      (local.get $scale) (local.get $acc)))

;; stores four floats at q, added to what is there when acc ≠ 0
  (func $put4 (param $q i32) (param $acc i32) (param $v v128)
    (if (local.get $acc)
      (then (local.set $v (f32x4.add (v128.load (local.get $q)) (local.get $v)))))
    (v128.store (local.get $q) (local.get $v)))

;; transpose's contract for source rows [r0, r1) and columns [c0, c1), one float at a time
  (func $transposeScalar (param $src i32) (param $lds i32) (param $dst i32) (param $ldd i32)
    (param $r0 i32) (param $r1 i32) (param $c0 i32) (param $c1 i32) (param $scale i32) (param $acc i32)
    (local $r i32) (local $c i32) (local $v f32) (local $q i32)
    (local.set $r (local.get $r0))
    (block $rowsDone (loop $rowsLoop
      (br_if $rowsDone (i32.ge_u (local.get $r) (local.get $r1)))
      (local.set $c (local.get $c0))
      (block $colsDone (loop $colsLoop
        (br_if $colsDone (i32.ge_u (local.get $c) (local.get $c1)))
        (local.set $v (f32.load (i32.add (local.get $src) (i32.shl
          (i32.add (i32.mul (local.get $r) (local.get $lds)) (local.get $c)) (i32.const 2)))))
        (if (local.get $scale) (then (local.set $v (f32.mul (local.get $v)
          (f32.load (i32.add (local.get $scale) (i32.shl (local.get $r) (i32.const 2))))))))
        (local.set $q (i32.add (local.get $dst) (i32.shl
          (i32.add (i32.mul (local.get $c) (local.get $ldd)) (local.get $r)) (i32.const 2))))
        (if (local.get $acc) (then (local.set $v (f32.add (f32.load (local.get $q)) (local.get $v)))))
        (f32.store (local.get $q) (local.get $v))
        (local.set $c (i32.add (local.get $c) (i32.const 1)))
        (br $colsLoop)))
      (local.set $r (i32.add (local.get $r) (i32.const 1)))
      (br $rowsLoop))))

;; ─── exp, SwiGLU, softmax ───────────────────────────────────────────────────────────────────

;; eˣ on four lanes (WebAssembly has no exp instruction). Write eˣ = 2ⁿ · eʳ with
;; n = round(x / ln 2) and r = x − n·ln 2 in [−0.35, 0.35]; eʳ is a degree-7 polynomial (the
;; Cephes expf coefficients, ≈ 1 ulp), 2ⁿ is n + 127 written into the float's exponent bits.
;; x is clamped to [−87, 88] so 2ⁿ stays a normal float (e⁻⁸⁷ ≈ 1.6e−38 stands in for 0).
;; The rounding is the "magic number" trick: adding 1.5 · 2²³ to x / ln 2 leaves round(x / ln 2)
;; in the low mantissa bits of t, so n = t − 1.5 · 2²³ and the bits of t (+ 127) shifted left by
;; 23 are 2ⁿ — no float-to-int conversion, which x86 has no single instruction for.
;; Exported for training.wat, which imports it (JavaScript cannot call it: it takes a v128).
  (func $exp (export "exp") (param $x v128) (result v128)
    (local $t v128) (local $n v128) (local $r v128) (local $p v128)
    (local.set $x (f32x4.pmin (f32x4.pmax (local.get $x) (f32x4.splat (f32.const -87)))
                              (f32x4.splat (f32.const 88))))
    (local.set $t (f32x4.add (f32x4.mul (local.get $x) (f32x4.splat (f32.const 1.44269504)))
                             (f32x4.splat (f32.const 12582912))))
    (local.set $n (f32x4.sub (local.get $t) (f32x4.splat (f32.const 12582912))))
    ;; ln 2 in two parts (hi has few bits, so n·hi is exact) keeps r accurate
    (local.set $r (f32x4.sub
      (f32x4.sub (local.get $x) (f32x4.mul (local.get $n) (f32x4.splat (f32.const 0.693359375))))
      (f32x4.mul (local.get $n) (f32x4.splat (f32.const -2.12194440e-4)))))
    (local.set $p (f32x4.splat (f32.const 1.9875691500e-4)))
    (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (f32x4.splat (f32.const 1.3981999507e-3))))
    (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (f32x4.splat (f32.const 8.3334519073e-3))))
    (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (f32x4.splat (f32.const 4.1665795894e-2))))
    (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (f32x4.splat (f32.const 1.6666665459e-1))))
    (local.set $p (f32x4.add (f32x4.mul (local.get $p) (local.get $r)) (f32x4.splat (f32.const 5.0000001201e-1))))
    ;; eʳ ≈ 1 + r + r² · p
    (local.set $p (f32x4.add
      (f32x4.add (f32x4.mul (f32x4.mul (local.get $p) (local.get $r)) (local.get $r)) (local.get $r))
      (f32x4.splat (f32.const 1))))
    (f32x4.mul (local.get $p)
      (i32x4.shl (i32x4.add (local.get $t) (i32x4.splat (i32.const 127))) (i32.const 23))))

;; SwiGLU: out = silu(gate) ⊙ up = gate · up / (1 + e^−gate), n floats (a multiple of 4)
  (func (export "swiglu") (param $gate i32) (param $up i32) (param $out i32) (param $n i32)
    (local $k i32) (local $end i32) (local $g v128)
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $k) (local.get $end)))
        (local.set $g (v128.load (i32.add (local.get $gate) (local.get $k))))
        (v128.store (i32.add (local.get $out) (local.get $k))
          (f32x4.div
            (f32x4.mul (local.get $g) (v128.load (i32.add (local.get $up) (local.get $k))))
            (f32x4.add (f32x4.splat (f32.const 1)) (call $exp (f32x4.neg (local.get $g))))))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $next))))

;; the sum of the four lanes of v
  (func $hsum (param $v v128) (result f32)
    (f32.add
      (f32.add (f32x4.extract_lane 0 (local.get $v)) (f32x4.extract_lane 1 (local.get $v)))
      (f32.add (f32x4.extract_lane 2 (local.get $v)) (f32x4.extract_lane 3 (local.get $v)))))

;; One attention row, in place, left unnormalised: row[s] = e^(f · row[s] − m) for s in
;; [first, last], m the largest f · row[s] there (subtracting it keeps every e^… ≤ 1), and 0 for
;; the masked keys outside. Returns the sum Σ row[s]: the caller divides P · V by it, which costs
;; hd divisions per row instead of one per key. len: the row's floats, a multiple of 4.
;; Only the vectors [v0, v1] that hold visible keys are read; lanes outside [first, last] in the
;; two edge vectors are masked (lane index > first − 1 and < last + 1: x86 compares "greater"
;; in one instruction), the rest set to 0.
  (func $softmax (param $row i32) (param $len i32) (param $first i32) (param $last i32) (param $f f32)
    (result f32)
    (local $j i32) (local $v0 i32) (local $v1 i32) (local $p i32)
    (local $idx v128) (local $lo v128) (local $hi v128) (local $mask v128)
    (local $v v128) (local $m v128) (local $sum v128) (local $mx f32)
    (local.set $v0 (i32.and (local.get $first) (i32.const -4)))
    (local.set $v1 (i32.and (local.get $last) (i32.const -4)))
    (local.set $lo (i32x4.splat (i32.sub (local.get $first) (i32.const 1))))
    (local.set $hi (i32x4.splat (i32.add (local.get $last) (i32.const 1))))
    ;; pass 1: the largest visible value
    (local.set $m (f32x4.splat (f32.const -inf)))
    (local.set $idx (i32x4.add (i32x4.splat (local.get $v0)) (v128.const i32x4 0 1 2 3)))
    (local.set $j (local.get $v0))
    (block $d1 (loop $l1
      (br_if $d1 (i32.gt_s (local.get $j) (local.get $v1)))
      (local.set $mask (v128.and (i32x4.gt_s (local.get $idx) (local.get $lo))
                                 (i32x4.gt_s (local.get $hi) (local.get $idx))))
      (local.set $v (v128.bitselect
        (f32x4.mul (v128.load (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2))))
                   (f32x4.splat (local.get $f)))
        (f32x4.splat (f32.const -inf))
        (local.get $mask)))
      (local.set $m (f32x4.pmax (local.get $m) (local.get $v)))
      (local.set $idx (i32x4.add (local.get $idx) (i32x4.splat (i32.const 4))))
      (local.set $j (i32.add (local.get $j) (i32.const 4)))
      (br $l1)))
    (local.set $mx (f32.max (f32.max (f32x4.extract_lane 0 (local.get $m)) (f32x4.extract_lane 1 (local.get $m)))
                            (f32.max (f32x4.extract_lane 2 (local.get $m)) (f32x4.extract_lane 3 (local.get $m)))))
    (local.set $m (f32x4.splat (local.get $mx)))
    ;; pass 2: e^(f · x − m) on the visible keys, 0 on the rest of the row
    (local.set $idx (i32x4.add (i32x4.splat (local.get $v0)) (v128.const i32x4 0 1 2 3)))
    (local.set $j (i32.const 0))
    (block $d2 (loop $l2
      (br_if $d2 (i32.ge_u (local.get $j) (local.get $len)))
      (local.set $p (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2))))
      (if (i32.or (i32.lt_s (local.get $j) (local.get $v0)) (i32.gt_s (local.get $j) (local.get $v1)))
        (then (v128.store (local.get $p) (v128.const i32x4 0 0 0 0)))
        (else
          (local.set $mask (v128.and (i32x4.gt_s (local.get $idx) (local.get $lo))
                                     (i32x4.gt_s (local.get $hi) (local.get $idx))))
          (local.set $v (v128.and (local.get $mask) (call $exp
            (f32x4.sub (f32x4.mul (v128.load (local.get $p)) (f32x4.splat (local.get $f))) (local.get $m)))))
          (v128.store (local.get $p) (local.get $v))
          (local.set $sum (f32x4.add (local.get $sum) (local.get $v)))
          (local.set $idx (i32x4.add (local.get $idx) (i32x4.splat (i32.const 4))))))
      (local.set $j (i32.add (local.get $j) (i32.const 4)))
      (br $l2)))
    (call $hsum (local.get $sum)))

;; Scales n floats at p by s (hd of one head's output row), four at a time, then one by one.
  (func $scale (param $p i32) (param $n i32) (param $s f32)
    (local $k i32) (local $end i32) (local $v4 i32)
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (local.set $v4 (i32.and (local.get $end) (i32.const -16)))
    (block $d (loop $l
      (br_if $d (i32.ge_u (local.get $k) (local.get $v4)))
      (v128.store (i32.add (local.get $p) (local.get $k))
        (f32x4.mul (v128.load (i32.add (local.get $p) (local.get $k))) (f32x4.splat (local.get $s))))
      (local.set $k (i32.add (local.get $k) (i32.const 16)))
      (br $l)))
    (block $d1 (loop $l1
      (br_if $d1 (i32.ge_u (local.get $k) (local.get $end)))
      (f32.store (i32.add (local.get $p) (local.get $k))
        (f32.mul (f32.load (i32.add (local.get $p) (local.get $k))) (local.get $s)))
      (local.set $k (i32.add (local.get $k) (i32.const 4)))
      (br $l1))))

;; ─── RMSNorm and RoPE, row by row ───────────────────────────────────────────────────────────

;; RMSNorm of `rows` rows of C floats (C a multiple of 4): rms[t] = sqrt(mean(x²) + eps),
;; out = x / rms · w. Same as norm.ts `rmsnormForward`, with float32 sums.
  (func (export "rmsnorm") (param $x i32) (param $w i32) (param $out i32) (param $rms i32)
    (param $rows i32) (param $C i32) (param $eps f32)
    (local $t i32) (local $k i32) (local $rb i32) (local $row i32) (local $o i32)
    (local $ss v128) (local $v v128) (local $r f32) (local $inv v128)
    (local.set $rb (i32.shl (local.get $C) (i32.const 2)))
    (block $rowsDone (loop $rowsLoop
      (br_if $rowsDone (i32.ge_u (local.get $t) (local.get $rows)))
      (local.set $row (i32.add (local.get $x) (i32.mul (local.get $t) (local.get $rb))))
      (local.set $o (i32.add (local.get $out) (i32.mul (local.get $t) (local.get $rb))))
      (local.set $ss (v128.const i32x4 0 0 0 0))
      (local.set $k (i32.const 0))
      (block $d1 (loop $l1
        (br_if $d1 (i32.ge_u (local.get $k) (local.get $rb)))
        (local.set $v (v128.load (i32.add (local.get $row) (local.get $k))))
        (local.set $ss (f32x4.add (local.get $ss) (f32x4.mul (local.get $v) (local.get $v))))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $l1)))
      (local.set $r (f32.sqrt (f32.add (f32.div (call $hsum (local.get $ss)) (f32.convert_i32_u (local.get $C)))
                                       (local.get $eps))))
      (f32.store (i32.add (local.get $rms) (i32.shl (local.get $t) (i32.const 2))) (local.get $r))
      (local.set $inv (f32x4.splat (f32.div (f32.const 1) (local.get $r))))
      (local.set $k (i32.const 0))
      (block $d2 (loop $l2
        (br_if $d2 (i32.ge_u (local.get $k) (local.get $rb)))
        (v128.store (i32.add (local.get $o) (local.get $k))
          (f32x4.mul (f32x4.mul (v128.load (i32.add (local.get $row) (local.get $k))) (local.get $inv))
                     (v128.load (i32.add (local.get $w) (local.get $k)))))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $l2)))
      (local.set $t (i32.add (local.get $t) (i32.const 1)))
      (br $rowsLoop))))

;; RoPE in place on `rows` rows of `heads` heads of hd floats (hd/2 a multiple of 4), the
;; rotate-half pairing of ropeApply.ts: with a = x[i], b = x[i + hd/2] and the angle's cos, sin
;; from the row's tables (rows, hd/2):  x[i] = a·cos − b·sin,  x[i + hd/2] = b·cos + a·sin.
  (func (export "rope") (param $x i32) (param $cos i32) (param $sin i32) (param $rows i32)
    (param $heads i32) (param $hd i32)
    (local $t i32) (local $h i32) (local $i i32) (local $hb i32) (local $base i32) (local $tb i32)
    (local $a v128) (local $b v128) (local $c v128) (local $s v128)
    (local.set $hb (i32.shl (local.get $hd) (i32.const 1))) ;; half a head in bytes: hd/2 · 4
    (block $rowsDone (loop $rowsLoop
      (br_if $rowsDone (i32.ge_u (local.get $t) (local.get $rows)))
      (local.set $tb (i32.mul (local.get $t) (local.get $hb)))
      (local.set $h (i32.const 0))
      (block $headsDone (loop $headsLoop
        (br_if $headsDone (i32.ge_u (local.get $h) (local.get $heads)))
        (local.set $base (i32.add (local.get $x) (i32.shl
          (i32.mul (i32.add (i32.mul (local.get $t) (local.get $heads)) (local.get $h)) (local.get $hd))
          (i32.const 2))))
        (local.set $i (i32.const 0))
        (block $pairsDone (loop $pairs
          (br_if $pairsDone (i32.ge_u (local.get $i) (local.get $hb)))
          (local.set $a (v128.load (i32.add (local.get $base) (local.get $i))))
          (local.set $b (v128.load (i32.add (i32.add (local.get $base) (local.get $hb)) (local.get $i))))
          (local.set $c (v128.load (i32.add (i32.add (local.get $cos) (local.get $tb)) (local.get $i))))
          (local.set $s (v128.load (i32.add (i32.add (local.get $sin) (local.get $tb)) (local.get $i))))
          (v128.store (i32.add (local.get $base) (local.get $i))
            (f32x4.sub (f32x4.mul (local.get $a) (local.get $c)) (f32x4.mul (local.get $b) (local.get $s))))
          (v128.store (i32.add (i32.add (local.get $base) (local.get $hb)) (local.get $i))
            (f32x4.add (f32x4.mul (local.get $b) (local.get $c)) (f32x4.mul (local.get $a) (local.get $s))))
          (local.set $i (i32.add (local.get $i) (i32.const 16)))
          (br $pairs)))
        (local.set $h (i32.add (local.get $h) (i32.const 1)))
        (br $headsLoop)))
      (local.set $t (i32.add (local.get $t) (i32.const 1)))
      (br $rowsLoop))))

;; ─── attention ──────────────────────────────────────────────────────────────────────────────

;; Causal grouped-query attention for query heads [h0, h1): per head h (reading KV head g) and
;; per block of up to 32 queries t0 … t0+n−1, only over the keys that block can see [s0, s1):
;;   scores = Q_h · K_gᵀ             (n, Sb4)   matmul on the keys transposed (kT), no copies
;;   P      = masked softmax rows    (n, Sb4)   scale · LogN per query from fs, window, causal
;;                                              (left unnormalised, 1 / row sums kept aside)
;;   out_h  = P · V_g / row sums     (n, hd)    matmul on the values as they are, then scaled
;; q: (T, nHeads·hd), kT: (nKv·hd, ldk), v: (≥ s1 + 3, nKv·hd), fs: (T) factors,
;; scores: scratch of 32 · ldk + 32 floats per head, probs: (nHeads, T, S) or 0.
;; subtle: a block reads up to 3 keys past s1 (Sb4 rounds up): the caller pads kT and v with
;; zero columns/rows there, and P is exactly 0 on them, so they add nothing.
  (func (export "attention")
    (param $q i32) (param $kT i32) (param $ldk i32) (param $v i32) (param $out i32) (param $fs i32)
    (param $scores i32) (param $probs i32) (param $T i32) (param $past i32) (param $window i32)
    (param $hd i32) (param $nHeads i32) (param $nKv i32) (param $h0 i32) (param $h1 i32)
    (local $h i32) (local $g i32) (local $t0 i32) (local $n i32) (local $i i32) (local $s i32)
    (local $s0 i32) (local $s1 i32) (local $sb4 i32) (local $qRow i32) (local $kvRow i32)
    (local $last i32) (local $first i32) (local $sc i32) (local $row i32) (local $dst i32)
    (local $sums i32) (local $inv f32)
    (local.set $qRow (i32.mul (local.get $nHeads) (local.get $hd)))
    (local.set $kvRow (i32.mul (local.get $nKv) (local.get $hd)))
    (local.set $h (local.get $h0))
    (block $headsDone (loop $heads
      (br_if $headsDone (i32.ge_u (local.get $h) (local.get $h1)))
      (local.set $g (i32.div_u (local.get $h) (i32.div_u (local.get $nHeads) (local.get $nKv))))
      (local.set $sc (i32.add (local.get $scores)
        (i32.mul (i32.sub (local.get $h) (local.get $h0))
                 (i32.shl (i32.add (i32.mul (i32.const 32) (local.get $ldk)) (i32.const 32)) (i32.const 2)))))
      (local.set $sums (i32.add (local.get $sc) (i32.shl (i32.mul (i32.const 32) (local.get $ldk)) (i32.const 2))))
      (local.set $t0 (i32.const 0))
      (block $blocksDone (loop $blocks
        (br_if $blocksDone (i32.ge_u (local.get $t0) (local.get $T)))
        (local.set $n (i32.sub (local.get $T) (local.get $t0)))
        (if (i32.gt_u (local.get $n) (i32.const 32)) (then (local.set $n (i32.const 32))))
        ;; visible keys of the block: from the first query's window start to the last query
        (local.set $s0 (i32.add (i32.sub (i32.add (local.get $past) (local.get $t0)) (local.get $window)) (i32.const 1)))
        (if (i32.lt_s (local.get $s0) (i32.const 0)) (then (local.set $s0 (i32.const 0))))
        (local.set $s1 (i32.add (i32.add (local.get $past) (local.get $t0)) (local.get $n)))
        (local.set $sb4 (i32.and (i32.add (i32.sub (local.get $s1) (local.get $s0)) (i32.const 3)) (i32.const -4)))
        (call $matmul
          (i32.add (local.get $q) (i32.shl (i32.add (i32.mul (local.get $t0) (local.get $qRow))
                                                    (i32.mul (local.get $h) (local.get $hd))) (i32.const 2)))
          (local.get $qRow)
          (i32.add (local.get $kT) (i32.shl (i32.add (i32.mul (i32.mul (local.get $g) (local.get $hd)) (local.get $ldk))
                                                     (local.get $s0)) (i32.const 2)))
          (local.get $ldk) (i32.const 0) (i32.const 0)
          (local.get $sc) (local.get $sb4) (local.get $n) (local.get $sb4) (local.get $hd))
        (local.set $i (i32.const 0))
        (block $rowsDone (loop $rows
          (br_if $rowsDone (i32.ge_u (local.get $i) (local.get $n)))
          ;; query t0+i sits at position past+t0+i and sees keys [last − window + 1, last]
          (local.set $last (i32.add (i32.add (local.get $past) (local.get $t0)) (local.get $i)))
          (local.set $first (i32.add (i32.sub (local.get $last) (local.get $window)) (i32.const 1)))
          (if (i32.lt_s (local.get $first) (i32.const 0)) (then (local.set $first (i32.const 0))))
          (local.set $row (i32.add (local.get $sc) (i32.shl (i32.mul (local.get $i) (local.get $sb4)) (i32.const 2))))
          (local.set $inv (f32.div (f32.const 1) (call $softmax (local.get $row) (local.get $sb4)
            (i32.sub (local.get $first) (local.get $s0)) (i32.sub (local.get $last) (local.get $s0))
            (f32.load (i32.add (local.get $fs) (i32.shl (i32.add (local.get $t0) (local.get $i)) (i32.const 2)))))))
          (f32.store (i32.add (local.get $sums) (i32.shl (local.get $i) (i32.const 2))) (local.get $inv))
          ;; probabilities for the panels: keys s0 … s1−1 of row (h, t0+i) (the rest stays 0)
          (if (local.get $probs)
            (then
              (local.set $dst (i32.add (local.get $probs) (i32.shl
                (i32.add (i32.mul (i32.add (i32.mul (local.get $h) (local.get $T)) (i32.add (local.get $t0) (local.get $i)))
                                  (i32.add (local.get $past) (local.get $T)))
                         (local.get $s0)) (i32.const 2))))
              (local.set $s (i32.const 0))
              (block $copied (loop $copy
                (br_if $copied (i32.ge_u (local.get $s) (i32.sub (local.get $s1) (local.get $s0))))
                (f32.store (i32.add (local.get $dst) (i32.shl (local.get $s) (i32.const 2)))
                  (f32.mul (f32.load (i32.add (local.get $row) (i32.shl (local.get $s) (i32.const 2))))
                           (local.get $inv)))
                (local.set $s (i32.add (local.get $s) (i32.const 1)))
                (br $copy)))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $rows)))
        (call $matmul
          (local.get $sc) (local.get $sb4)
          (i32.add (local.get $v) (i32.shl (i32.add (i32.mul (local.get $s0) (local.get $kvRow))
                                                    (i32.mul (local.get $g) (local.get $hd))) (i32.const 2)))
          (local.get $kvRow) (i32.const 0) (i32.const 0)
          (i32.add (local.get $out) (i32.shl (i32.add (i32.mul (local.get $t0) (local.get $qRow))
                                                      (i32.mul (local.get $h) (local.get $hd))) (i32.const 2)))
          (local.get $qRow) (local.get $n) (local.get $hd) (local.get $sb4))
        ;; divide each output row by its softmax sum
        (local.set $i (i32.const 0))
        (block $scaledDone (loop $scaled
          (br_if $scaledDone (i32.ge_u (local.get $i) (local.get $n)))
          (call $scale
            (i32.add (local.get $out) (i32.shl (i32.add (i32.mul (i32.add (local.get $t0) (local.get $i)) (local.get $qRow))
                                                        (i32.mul (local.get $h) (local.get $hd))) (i32.const 2)))
            (local.get $hd)
            (f32.load (i32.add (local.get $sums) (i32.shl (local.get $i) (i32.const 2)))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $scaled)))
        (local.set $t0 (i32.add (local.get $t0) (i32.const 32)))
        (br $blocks)))
      (local.set $h (i32.add (local.get $h) (i32.const 1)))
      (br $heads))))
)
