/**
 * The one array type every kernel takes: float32 for the model's weights and activations,
 * float64 for the workspaces the finite-difference gradient checks and the labs use.
 */
export type FloatArray = Float32Array | Float64Array;
