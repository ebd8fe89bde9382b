package cn.shuangyong.documents.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.documents.DocumentRegistry;
import cn.shuangyong.documents.Receipt;
import cn.shuangyong.documents.RecordedDocument;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.People;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** 收文: what a unit was sent and signs for; and, for the issuing office, who has not signed yet. */
@Controller
class ReceiptPages {

	private final DocumentRegistry registry;

	private final Directory directory;

	private final People people;

	ReceiptPages(DocumentRegistry registry, Directory directory, People people) {
		this.registry = registry;
		this.directory = directory;
		this.people = people;
	}

	@GetMapping("/documents/received")
	String received(@AuthenticationPrincipal CurrentUser user, Model model) {
		user.require(Permission.WORK_READ);
		model.addAttribute("receipts", registry.receivedBy(user.unitId()));
		return "documents/received";
	}

	@PostMapping("/documents/{id}/sign")
	String sign(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		registry.signFor(id, user);
		return "redirect:/documents/received";
	}

	/** The receipts of a document, for offices whose scope covers the issuer. */
	@GetMapping("/documents/{id}/receipts")
	String receipts(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		RecordedDocument document = registry.byId(id).orElseThrow(() -> new NotFoundException("文件不存在"));
		user.mayRead(document.regionCode(), Permission.WORK_READ, "文件不存在");
		List<Receipt> receipts = registry.receipts(id);
		Map<Long, String> names = directory.units(receipts.stream().map(r -> new UnitId(r.unitId())).toList()).stream()
			.collect(Collectors.toMap(u -> u.id().value(), Unit::name));
		model.addAttribute("document", document);
		model.addAttribute("receipts", receipts);
		model.addAttribute("names", names);
		model.addAttribute("who", people.named(receipts.stream().map(Receipt::signedBy).toList()));
		model.addAttribute("unsigned", receipts.stream().filter(r -> !r.signed()).count());
		return "documents/receipts";
	}
}
