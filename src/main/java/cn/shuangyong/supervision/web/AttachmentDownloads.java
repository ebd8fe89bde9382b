package cn.shuangyong.supervision.web;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.web.Attachment;
import cn.shuangyong.supervision.attachments.Attachments;
import org.springframework.core.io.Resource;
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
		return Attachment.stored(file.originalName(), MediaType.parseMediaType(file.contentType()), file.path(),
				file.size());
	}
}
