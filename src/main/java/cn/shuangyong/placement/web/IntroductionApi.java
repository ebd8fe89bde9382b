package cn.shuangyong.placement.web;

import cn.shuangyong.placement.Introductions;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.web.Attachment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A soldier's 介绍信 to the employer of the post they chose, as a .docx. */
@RestController
@RequestMapping("/api/v1/placement")
@Tag(name = "安置")
class IntroductionApi {

	private final Introductions introductions;

	IntroductionApi(Introductions introductions) {
		this.introductions = introductions;
	}

	@Operation(summary = "下载介绍信（.docx）", description = "已选岗的士兵；首次下载时按本单位发文字号编号，以后下载为同一份；仅负责安置的双拥办可下载")
	@GetMapping("/soldiers/{id}/introduction.docx")
	ResponseEntity<byte[]> introduction(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		Introductions.Letter letter = introductions.letter(id, user);
		return Attachment.docx("介绍信 " + letter.number() + ".docx", letter.docx());
	}
}
