/**
 * How long the memory a slide is drawn in stays with the process once freed.
 *
 * resvg allocates through mimalloc, which gives freed memory back to the system after 10 ms.
 * Drawing a slide frees and asks for megabytes at about that pace (the slide's 5.8 MB of pixels,
 * a layer for each clipped group), so much of it went back and was faulted in again, page by
 * page; and in a process whose other worker runs on the other core, each return also makes
 * that core drop its cached address translations. Two workers paid most: measured on 200
 * slides, a two-worker build had 129,000–285,000 page faults instead of ~85,000 and took
 * 9.3–9.7 ms a slide to rasterize instead of 7.7–8.2; kept for a second, the memory is used
 * again by the next slide (a worker's peak holds ~6 MB more), and goes back once a worker has
 * drawn nothing for that long.
 *
 * mimalloc reads the setting from the environment as a worker loads resvg, so the command sets
 * it before any worker starts. A value the user set is kept.
 */
export function keepPixelMemory(): void {
  process.env['MIMALLOC_PURGE_DELAY'] ??= '1000';
}
