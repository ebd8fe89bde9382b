package cn.shuangyong.modelcity.web;


import cn.shuangyong.modelcity.Download;
import cn.shuangyong.shared.web.Attachment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A generated or stored file as an attachment: the name RFC 6266/5987-encoded (filename*=UTF-8''…), never sniffed,
 * never cached.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> attachment(Download download) {
		return Attachment.named(download.fileName(), MediaType.parseMediaType(download.mediaType()))
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(download.content());
	}
}
