/**
 * Generated schools for the tests and the analysis benchmark ({@link
 * io.parallax.demo.synthetic.SyntheticSchool}), and the session planting it shares with the demo
 * school ({@link io.parallax.demo.synthetic.SessionPlanter}): histories written through the domain
 * with planted parallel-process, early-career and modelling patterns the analysis must find.
 */
package io.parallax.demo.synthetic;
