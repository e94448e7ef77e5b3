/**
 * Images a template imports (`import logo from './logo.png'`): each is its data: URL (see workerBundle.ts).
 * An editor matches these endings as written: the ones in capitals a camera gives are here too.
 */
declare module '*.png' { const src: string; export default src; }
declare module '*.jpg' { const src: string; export default src; }
declare module '*.jpeg' { const src: string; export default src; }
declare module '*.jpe' { const src: string; export default src; }
declare module '*.jfif' { const src: string; export default src; }
declare module '*.gif' { const src: string; export default src; }
declare module '*.svg' { const src: string; export default src; }
declare module '*.PNG' { const src: string; export default src; }
declare module '*.JPG' { const src: string; export default src; }
declare module '*.JPEG' { const src: string; export default src; }
declare module '*.JPE' { const src: string; export default src; }
declare module '*.JFIF' { const src: string; export default src; }
declare module '*.GIF' { const src: string; export default src; }
declare module '*.SVG' { const src: string; export default src; }
