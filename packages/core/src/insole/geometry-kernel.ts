import type { Mesh } from '../mesh/mesh.js';

/** What the geometry kernel (manifold-3d) says about a mesh. */
export interface KernelVerdict {
  /** `NoError` for a manifold mesh; otherwise manifold's error status, e.g. `NotManifold`. */
  readonly status: string;
  /** Volume as manifold computes it, mm³ (0 unless the status is `NoError`). */
  readonly volumeMm3: number;
  /** Topological genus (0 for a solid without handles; −1 unless the status is `NoError`). */
  readonly genus: number;
}

/** The solid-geometry kernel: manifold-3d compiled to WebAssembly. */
export interface GeometryKernel {
  /**
   * Has manifold build a solid from the mesh (manifold refuses anything that is not an oriented 2-manifold).
   *
   * @param mesh - the mesh
   * @returns its verdict
   */
  check(mesh: Mesh): KernelVerdict;
}

/**
 * Loads manifold-3d (its WebAssembly ships in the package: no download) for solid checks. Asynchronous
 * because WebAssembly compiles asynchronously; load once and reuse.
 *
 * @returns the kernel
 * @see https://github.com/elalish/manifold (manifold-3d)
 */
export async function loadGeometryKernel(): Promise<GeometryKernel> {
  const { default: Module } = await import('manifold-3d');
  const wasm = await Module();
  wasm.setup();
  return {
    check(mesh) {
      const input = new wasm.Mesh({ numProp: 3, vertProperties: mesh.positions, triVerts: mesh.triangles });
      try {
        const solid = new wasm.Manifold(input);
        try {
          return { status: solid.status(), volumeMm3: solid.volume(), genus: solid.genus() };
        } finally {
          solid.delete();
        }
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        return { status: typeof code === 'string' ? code : 'NotManifold', volumeMm3: 0, genus: -1 };
      }
    },
  };
}
