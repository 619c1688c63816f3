/**
 * `@groundup/core/mesh`: Meshes: the one mesh type, readers (STL, OBJ, PLY), writers (STL, OBJ, PLY, 3MF) and mesh analysis.
 * The one list of this folder's public names (the root barrel re-exports it whole); a command or page that needs only this
 * area loads only its modules (the root barrel loads all of core).
 *
 * @packageDocumentation
 */
export { type Mesh, triangleCount, vertexCount } from './mesh.js';
export {
  readMesh,
  type MeshEncoding,
  type MeshFormat,
  type MeshRead,
  type MeshReadResult,
  type ReadMeshOptions,
} from './read-mesh.js';
export type { MeshReadError, MeshReadErrorCode } from './mesh-read-error.js';
export type { MeshReadStats } from './assemble-mesh.js';
export { writeAsciiStl, writeBinaryStl } from './write-stl.js';
export { writeObj } from './write-obj.js';
export { writePly, type WritePlyOptions } from './write-ply.js';
export { analyseMesh, type MeshAnalysis, type MeshBounds } from './analyse-mesh.js';
export { meshComponents, selectTriangles, splitMeshComponents, type MeshComponents } from './mesh-components.js';
export { flipWinding, mirrorMesh, scaleMesh, transformMesh, type Axis } from './transform-mesh.js';
export { createBoxMesh, createIcosphereMesh, createTetrahedronMesh } from './mesh-builders.js';
export { meshBounds } from './mesh-bounds.js';
export { crc32, readStoredZip, writeStoredZip, type ZipEntry } from './write-stored-zip.js';
export { GROUNDUP_3MF_NS, write3mf, type ThreeMfObject } from './write-3mf.js';
