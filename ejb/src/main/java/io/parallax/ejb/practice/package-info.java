/** A trainee coach's clients and client sessions, with who may read and write them. */
package io.parallax.ejb.practice;
