package cn.shuangyong.beneficiaries.honours.web;

import java.util.UUID;

import cn.shuangyong.beneficiaries.honours.HonourPhotos;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.web.Attachment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves a hanging or ceremony photo to users whose scope covers it; never cached by the browser. */
@Controller
class PhotoDownloads {

	private final HonourPhotos photos;

	PhotoDownloads(HonourPhotos photos) {
		this.photos = photos;
	}

	@GetMapping("/beneficiaries/photos/{id}")
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
		HonourPhotos.Photo photo = photos.load(id, user);
		return Attachment.inline(MediaType.parseMediaType(photo.contentType())).body(photo.content());
	}
}
