package cn.shuangyong.modelcity.web;


import cn.shuangyong.modelcity.Download;
import cn.shuangyong.shared.web.Attachment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated or stored file of a campaign as a download. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> attachment(Download download) {
		return Attachment.named(download.fileName(), MediaType.parseMediaType(download.mediaType()))
			.body(download.content());
	}
}
