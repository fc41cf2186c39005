/**
 * What deputies do: reception days (接待日) that citizens book, and duty records (履职记录) that
 * deputies or staff write and staff review before they are published.
 */
package cn.liaison.duty;
