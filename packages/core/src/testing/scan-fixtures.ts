// Test-only helpers for the scan pipeline (excluded from the build by tsconfig.build.json).
import type { Issue } from '../issue.js';
import type { Mesh } from '../mesh/mesh.js';
import type { Side } from '../scan/foot-frame.js';
import { scanFoot, type FootScan } from '../scan/scan-foot.js';
import type { LengthUnit } from '../scan/scan-units.js';

/**
 * {@link scanFoot} for a test that expects a measurable foot: the scan with its warnings, or a
 * thrown Error naming the first issue.
 *
 * @param mesh - the mesh
 * @param options - units and side
 * @returns the scan and its warnings
 */
export function scanned(
  mesh: Mesh,
  options: { readonly units?: LengthUnit; readonly side?: Side } = {},
): FootScan & { readonly warnings: readonly Issue[] } {
  const result = scanFoot(mesh, options);
  if (!result.ok) {
    const [first] = result.issues.filter((issue) => issue.severity === 'error');
    throw new Error(`scanFoot failed: ${first?.code ?? '?'} at ${first?.path ?? '?'}: ${first?.message ?? ''}`);
  }
  return { ...result.value, warnings: result.issues };
}

/**
 * The error code {@link scanFoot} gives a mesh, or null when it measures.
 *
 * @param mesh - the mesh
 * @param options - units and side
 * @returns the code of the first error, or null
 */
export function scanErrorCode(
  mesh: Mesh,
  options: { readonly units?: LengthUnit; readonly side?: Side } = {},
): string | null {
  const result = scanFoot(mesh, options);
  return result.ok ? null : (result.issues.find((issue) => issue.severity === 'error')?.code ?? 'unknown');
}
