package cn.shuangyong.duallist.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated file as an attachment, its Chinese name encoded per RFC 5987 so every browser keeps it. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> of(byte[] content, String fileName, String mediaType) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(mediaType)).body(content);
	}
}
