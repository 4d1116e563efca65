/**
 * A scatter chart drawn as an inline SVG on the server ({@link org.storyweb.components.chart.ScatterChart}), for any
 * two numeric dimensions: points with optional spans on y, labelled axes, shaded bands and an optional connecting line.
 * <p>
 * Why not a JavaScript charting library: the chart has a few dozen points and is redrawn on the server's terms
 * (selection, filters), so drawing it with the element API keeps it free of npm packages, makes every point a real
 * focusable element with its own label for screen readers, and lets plain unit tests check what is drawn. The one
 * script it sends moves keyboard focus between points with the arrow keys, which must not wait for the server.
 */
package org.storyweb.components.chart;
