/**
 * Dev mode only (build profile {@code dev}): generated secrets, the dev database, demo data and a
 * WeChat stand-in. None of it is in a production build.
 */
package cn.liaison.demo;
