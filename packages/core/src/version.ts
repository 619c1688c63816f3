/** The groundup release, the same in every package (a test keeps it equal to the root package.json). */
export const GROUNDUP_VERSION = '0.1.0';
