/** The core version plugins declare compatibility against; bumped with every core release. */
export const CORE_VERSION = '0.1.0';
