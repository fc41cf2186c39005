package cn.liaison.media.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Media")
public record MediaView(Long id, String contentType, int size, @Schema(description = "Where to fetch the image") String url) {
}
