package cn.shuangyong.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A generated file sent as a download: its Chinese name encoded per RFC 5987 ({@code filename*=UTF-8''…}) so every
 * browser keeps it, and its type. Callers add what else they need (no-store for personal data) and the body.
 */
public final class Attachment {

	public static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Attachment() {
	}

	public static ResponseEntity.BodyBuilder named(String fileName, MediaType type) {
		return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, headerValue(fileName));
	}

	public static ResponseEntity<byte[]> docx(String fileName, byte[] content) {
		return named(fileName, DOCX).body(content);
	}

	public static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
		return named(fileName, XLSX).body(content);
	}

	public static ResponseEntity<byte[]> pdf(String fileName, byte[] content) {
		return named(fileName, MediaType.APPLICATION_PDF).body(content);
	}

	/** The Content-Disposition value alone, for a response written to the servlet response directly. */
	public static String headerValue(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}
}
