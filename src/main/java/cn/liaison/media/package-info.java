/**
 * Photos uploaded from the mini-program: recognised by their bytes, stripped of the metadata that
 * could locate the photographer, stored behind {@link cn.liaison.media.storage.MediaStorage} and
 * served with access control (public once attached to something public).
 */
package cn.liaison.media;
