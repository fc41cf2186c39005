/**
 * The directory a citizen opens first: liaison stations and deputies, and what staff keep current
 * about them. Writes go through Hibernate entities; the public reads are plain SQL on the reactive
 * client, cached per instance and invalidated across instances through {@link cn.liaison.directory.service.DirectoryCache}.
 */
package cn.liaison.directory;
