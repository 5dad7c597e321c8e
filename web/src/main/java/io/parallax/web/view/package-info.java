/** PrimeFaces views, one backing bean per use case. */
package io.parallax.web.view;
