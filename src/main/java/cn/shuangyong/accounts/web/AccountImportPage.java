package cn.shuangyong.accounts.web;

import java.io.IOException;
import java.util.List;

import cn.shuangyong.accounts.AccountImport;
import cn.shuangyong.accounts.SignedInUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.web.Attachment;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Bulk account import from .xlsx, with its template. */
@Controller
@PreAuthorize("hasAuthority(T(cn.shuangyong.shared.Permission).ACCOUNTS_MANAGE.name())")
class AccountImportPage {

	private final AccountImport accountImport;

	AccountImportPage(AccountImport accountImport) {
		this.accountImport = accountImport;
	}

	@GetMapping("/accounts/import")
	String form(Model model) {
		model.addAttribute("problems", List.of());
		return "accounts/import";
	}

	@PostMapping("/accounts/import")
	String upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal SignedInUser user, Model model)
			throws IOException {
		try {
			model.addAttribute("created", accountImport.importSheet(file.getBytes(), user));
			model.addAttribute("problems", List.of());
		}
		catch (InvalidInputException e) {
			model.addAttribute("problems", e.problems());
		}
		return "accounts/import";
	}

	@GetMapping("/accounts/import/template.xlsx")
	ResponseEntity<byte[]> template() {
		return Attachment.xlsx("账号导入模板.xlsx", AccountImport.template());
	}
}
