package cn.shuangyong.cases.web;

import java.util.List;
import java.util.UUID;

import cn.shuangyong.cases.CaseDocuments;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.files.Upload;
import cn.shuangyong.shared.web.Attachment;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A case's documents: attached on the case page, downloaded by those who may read the case. */
@Controller
class CaseDocumentPages {

	private final CaseDocuments documents;

	CaseDocumentPages(CaseDocuments documents) {
		this.documents = documents;
	}

	@PostMapping("/cases/{id}/documents")
	String attach(@PathVariable long id, @RequestParam(required = false) List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/cases/" + id, "cases.documents.attached",
				() -> documents.attach(id, Upload.of(files), user));
	}

	@GetMapping("/cases/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable UUID documentId,
			@AuthenticationPrincipal CurrentUser user) {
		CaseDocuments.DocumentFile file = documents.read(id, documentId, user);
		return Attachment.named(file.name(), MediaType.parseMediaType(file.contentType())).body(file.content());
	}
}
