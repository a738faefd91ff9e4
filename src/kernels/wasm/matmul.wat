;; out = a · bᵀ in WebAssembly SIMD: the tiny model's matrix products, four floats at a time.
;;
;; The same product as matmul.ts `matmulABt` (a: (M, K), b: (N, K), row-major, every output is
;; the dot product of a row of a with a row of b), for float32 in linear memory. A v128 register
;; holds four floats; f32x4.mul and f32x4.add work on all four lanes in one instruction.
;;
;;   block:  4 rows of a × 2 rows of b = 8 outputs, each kept as 4 partial sums (8 v128s)
;;           (leftover rows, e.g. decoding's single row: 1 row × 4 rows of b)
;;   step:   load 4 floats of each of the 6 rows (6 loads), 8 multiplies, 8 adds
;;   end:    each output is the sum of its 4 lanes (hsum)
;; Every float loaded is used twice (a rows) or four times (b rows) while it sits in a register,
;; and x86 has 16 vector registers: 8 sums + 1 a row + 2 b rows leave room for the compiler.
;;
;; subtle: K must be a multiple of 4 (a whole v128 per step); matmulSimd.ts checks this and
;; uses the plain JavaScript kernel otherwise. Sums are float32, as ONNX Runtime's are.
;;
;; Deliberately left out: FMA (relaxed SIMD is not everywhere yet), threads, K tails.
;; Compiled to matmulWasm.ts by `npm run wasm` (wabt); a unit test keeps the two in step.
(module
  (memory (export "memory") 1)

;; the sum of the four lanes of v
  (func $hsum (param $v v128) (result f32)
    (f32.add
      (f32.add (f32x4.extract_lane 0 (local.get $v)) (f32x4.extract_lane 1 (local.get $v)))
      (f32.add (f32x4.extract_lane 2 (local.get $v)) (f32x4.extract_lane 3 (local.get $v)))))

;; one output: the dot product of two rows of `bytes` bytes, four lanes at a time
  (func $dot (param $x i32) (param $y i32) (param $bytes i32) (result f32)
    (local $k i32) (local $acc v128)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $k) (local.get $bytes)))
        (local.set $acc
          (f32x4.add (local.get $acc)
            (f32x4.mul (v128.load (i32.add (local.get $x) (local.get $k)))
                       (v128.load (i32.add (local.get $y) (local.get $k))))))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $next)))
    (call $hsum (local.get $acc)))

;; out (M, N) = a (M, K) · b (N, K)ᵀ; a, b and out are byte offsets into memory
  (func (export "matmulABt")
    (param $a i32) (param $b i32) (param $out i32) (param $M i32) (param $N i32) (param $K i32)
    (local $rb i32) (local $ob i32) (local $i i32) (local $j i32) (local $k i32) (local $r i32)
    (local $a0 i32) (local $a1 i32) (local $a2 i32) (local $a3 i32) (local $b0 i32) (local $b1 i32)
    (local $o i32)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local $x v128) (local $y0 v128) (local $y1 v128)
    (local.set $rb (i32.shl (local.get $K) (i32.const 2)))
    (local.set $ob (i32.shl (local.get $N) (i32.const 2)))
    ;; rows of a in blocks of 4, columns (rows of b) in pairs
    (block $rowsDone
      (loop $rows
        (br_if $rowsDone (i32.gt_u (i32.add (local.get $i) (i32.const 4)) (local.get $M)))
        (local.set $a0 (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $rb))))
        (local.set $a1 (i32.add (local.get $a0) (local.get $rb)))
        (local.set $a2 (i32.add (local.get $a1) (local.get $rb)))
        (local.set $a3 (i32.add (local.get $a2) (local.get $rb)))
        (local.set $j (i32.const 0))
        (block $colsDone
          (loop $cols
            (br_if $colsDone (i32.gt_u (i32.add (local.get $j) (i32.const 2)) (local.get $N)))
            (local.set $b0 (i32.add (local.get $b) (i32.mul (local.get $j) (local.get $rb))))
            (local.set $b1 (i32.add (local.get $b0) (local.get $rb)))
            (local.set $c00 (v128.const i32x4 0 0 0 0)) (local.set $c01 (v128.const i32x4 0 0 0 0))
            (local.set $c10 (v128.const i32x4 0 0 0 0)) (local.set $c11 (v128.const i32x4 0 0 0 0))
            (local.set $c20 (v128.const i32x4 0 0 0 0)) (local.set $c21 (v128.const i32x4 0 0 0 0))
            (local.set $c30 (v128.const i32x4 0 0 0 0)) (local.set $c31 (v128.const i32x4 0 0 0 0))
            (local.set $k (i32.const 0))
            (block $kDone
              (loop $ks
                (br_if $kDone (i32.ge_u (local.get $k) (local.get $rb)))
                (local.set $y0 (v128.load (i32.add (local.get $b0) (local.get $k))))
                (local.set $y1 (v128.load (i32.add (local.get $b1) (local.get $k))))
                (local.set $x (v128.load (i32.add (local.get $a0) (local.get $k))))
                (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $x) (local.get $y0))))
                (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $x) (local.get $y1))))
                (local.set $x (v128.load (i32.add (local.get $a1) (local.get $k))))
                (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $x) (local.get $y0))))
                (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $x) (local.get $y1))))
                (local.set $x (v128.load (i32.add (local.get $a2) (local.get $k))))
                (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $x) (local.get $y0))))
                (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $x) (local.get $y1))))
                (local.set $x (v128.load (i32.add (local.get $a3) (local.get $k))))
                (local.set $c30 (f32x4.add (local.get $c30) (f32x4.mul (local.get $x) (local.get $y0))))
                (local.set $c31 (f32x4.add (local.get $c31) (f32x4.mul (local.get $x) (local.get $y1))))
                (local.set $k (i32.add (local.get $k) (i32.const 16)))
                (br $ks)))
            (local.set $o (i32.add (local.get $out)
              (i32.shl (i32.add (i32.mul (local.get $i) (local.get $N)) (local.get $j)) (i32.const 2))))
            (f32.store (local.get $o) (call $hsum (local.get $c00)))
            (f32.store offset=4 (local.get $o) (call $hsum (local.get $c01)))
            (local.set $o (i32.add (local.get $o) (local.get $ob)))
            (f32.store (local.get $o) (call $hsum (local.get $c10)))
            (f32.store offset=4 (local.get $o) (call $hsum (local.get $c11)))
            (local.set $o (i32.add (local.get $o) (local.get $ob)))
            (f32.store (local.get $o) (call $hsum (local.get $c20)))
            (f32.store offset=4 (local.get $o) (call $hsum (local.get $c21)))
            (local.set $o (i32.add (local.get $o) (local.get $ob)))
            (f32.store (local.get $o) (call $hsum (local.get $c30)))
            (f32.store offset=4 (local.get $o) (call $hsum (local.get $c31)))
            (local.set $j (i32.add (local.get $j) (i32.const 2)))
            (br $cols)))
        ;; N odd: the last column of these 4 rows, one dot product each
        (if (i32.lt_u (local.get $j) (local.get $N))
          (then
            (local.set $b0 (i32.add (local.get $b) (i32.mul (local.get $j) (local.get $rb))))
            (local.set $r (i32.const 0))
            (block $lastDone
              (loop $last
                (br_if $lastDone (i32.ge_u (local.get $r) (i32.const 4)))
                (f32.store
                  (i32.add (local.get $out)
                    (i32.shl (i32.add (i32.mul (i32.add (local.get $i) (local.get $r)) (local.get $N))
                                      (local.get $j)) (i32.const 2)))
                  (call $dot (i32.add (local.get $a0) (i32.mul (local.get $r) (local.get $rb)))
                             (local.get $b0) (local.get $rb)))
                (local.set $r (i32.add (local.get $r) (i32.const 1)))
                (br $last)))))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $rows)))
    ;; M not a multiple of 4 (and decoding, M = 1): the last rows, 4 columns at a time — four
    ;; independent sums, so the adds of one column need not wait for the previous ones
    (block $restDone
      (loop $rest
        (br_if $restDone (i32.ge_u (local.get $i) (local.get $M)))
        (local.set $a0 (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $rb))))
        (local.set $o (i32.add (local.get $out) (i32.mul (local.get $i) (local.get $ob))))
        (local.set $j (i32.const 0))
        (block $quadsDone
          (loop $quads
            (br_if $quadsDone (i32.gt_u (i32.add (local.get $j) (i32.const 4)) (local.get $N)))
            (local.set $b0 (i32.add (local.get $b) (i32.mul (local.get $j) (local.get $rb))))
            (local.set $b1 (i32.add (local.get $b0) (local.get $rb)))
            (local.set $a2 (i32.add (local.get $b1) (local.get $rb)))
            (local.set $a3 (i32.add (local.get $a2) (local.get $rb)))
            (local.set $c00 (v128.const i32x4 0 0 0 0)) (local.set $c01 (v128.const i32x4 0 0 0 0))
            (local.set $c10 (v128.const i32x4 0 0 0 0)) (local.set $c11 (v128.const i32x4 0 0 0 0))
            (local.set $k (i32.const 0))
            (block $qkDone
              (loop $qk
                (br_if $qkDone (i32.ge_u (local.get $k) (local.get $rb)))
                (local.set $x (v128.load (i32.add (local.get $a0) (local.get $k))))
                (local.set $c00 (f32x4.add (local.get $c00)
                  (f32x4.mul (local.get $x) (v128.load (i32.add (local.get $b0) (local.get $k))))))
                (local.set $c01 (f32x4.add (local.get $c01)
                  (f32x4.mul (local.get $x) (v128.load (i32.add (local.get $b1) (local.get $k))))))
                (local.set $c10 (f32x4.add (local.get $c10)
                  (f32x4.mul (local.get $x) (v128.load (i32.add (local.get $a2) (local.get $k))))))
                (local.set $c11 (f32x4.add (local.get $c11)
                  (f32x4.mul (local.get $x) (v128.load (i32.add (local.get $a3) (local.get $k))))))
                (local.set $k (i32.add (local.get $k) (i32.const 16)))
                (br $qk)))
            (f32.store (local.get $o) (call $hsum (local.get $c00)))
            (f32.store offset=4 (local.get $o) (call $hsum (local.get $c01)))
            (f32.store offset=8 (local.get $o) (call $hsum (local.get $c10)))
            (f32.store offset=12 (local.get $o) (call $hsum (local.get $c11)))
            (local.set $o (i32.add (local.get $o) (i32.const 16)))
            (local.set $j (i32.add (local.get $j) (i32.const 4)))
            (br $quads)))
        ;; the last N mod 4 columns, one dot product each
        (block $rowDone
          (loop $row
            (br_if $rowDone (i32.ge_u (local.get $j) (local.get $N)))
            (f32.store (local.get $o)
              (call $dot (local.get $a0)
                         (i32.add (local.get $b) (i32.mul (local.get $j) (local.get $rb)))
                         (local.get $rb)))
            (local.set $o (i32.add (local.get $o) (i32.const 4)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $row)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rest))))
)
