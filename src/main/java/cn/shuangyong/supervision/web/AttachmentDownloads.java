package cn.shuangyong.supervision.web;

import java.nio.charset.StandardCharsets;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.supervision.Attachments;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads a report's file under the name it was uploaded with, to a user who may see the task. */
@Controller
class AttachmentDownloads {

	private final Attachments attachments;

	AttachmentDownloads(Attachments attachments) {
		this.attachments = attachments;
	}

	@GetMapping("/supervision/attachments/{id}")
	ResponseEntity<Resource> download(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return response(attachments.find(id, user));
	}

	static ResponseEntity<Resource> response(Attachments.AttachmentFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.originalName()))
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(new FileSystemResource(file.path()));
	}

	/**
	 * RFC 6266 with RFC 5987: an ASCII stand-in in {@code filename} for old clients, the real (Chinese) name
	 * percent-encoded in {@code filename*}. Quotes, backslashes and control characters never reach the header.
	 */
	static String contentDisposition(String name) {
		StringBuilder ascii = new StringBuilder();
		name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' ? (char) c : '_'));
		StringBuilder encoded = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(String.format("%02X", c));
			}
		}
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}
}
