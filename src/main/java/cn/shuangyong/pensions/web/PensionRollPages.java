package cn.shuangyong.pensions.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.pensions.rolls.PaymentRolls;
import cn.shuangyong.pensions.rolls.RollFiles;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.RegionLevel;
import cn.shuangyong.shared.web.Attachment;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A county's monthly roll (发放花名册): its totals, its lines with what changed since the month before and why, the
 * accounts no longer paid, and for the county's own office the buttons that generate and approve it. Offices above
 * the county choose the county.
 */
@Controller
class PensionRollPages {

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final PaymentRolls rolls;

	private final BusinessClock clock;

	private final Directory directory;

	private final RollFiles files;

	PensionRollPages(PaymentRolls rolls, BusinessClock clock, Directory directory, RollFiles files) {
		this.rolls = rolls;
		this.files = files;
		this.clock = clock;
		this.directory = directory;
	}

	@GetMapping("/pensions/rolls")
	String roll(@RequestParam(required = false) String region, @RequestParam(required = false) String month,
			@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user, Model model) {
		String county = region == null || region.isBlank() ? ownCounty(user) : region.strip();
		YearMonth shown = month(month);
		model.addAttribute("region", county == null ? "" : county);
		model.addAttribute("month", shown);
		model.addAttribute("link", "/pensions/rolls?region=" + (county == null ? "" : county) + "&month=" + shown);
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		if (county != null) {
			if (!county.matches("\\d{2,12}") || RegionLevel.ofCode(county) != RegionLevel.COUNTY) {
				model.addAttribute("problems", List.of("请选择一个县（市、区）：花名册按县编制"));
			}
			else {
				var view = rolls.view(county, shown, Paging.of(page, null), user);
				view.ifPresent(v -> model.addAttribute("view", v));
				model.addAttribute("notGenerated", view.isEmpty());
				model.addAttribute("mayWork", PaymentRolls.mayWork(county, user));
				model.addAttribute("mayExportBank",
						PaymentRolls.mayWork(county, user) && user.can(Permission.PERSONAL_DATA_EXPORT));
			}
		}
		return "pensions/roll";
	}

	@PostMapping("/pensions/rolls/{county}/{month}/generation")
	String generate(@PathVariable String county, @PathVariable String month, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		YearMonth m = month(month);
		return RedirectOutcome.run(redirect, back(county, m), "pensions.roll.generated",
				() -> rolls.generate(county, m, user));
	}

	@PostMapping("/pensions/rolls/{county}/{month}/approval")
	String approve(@PathVariable String county, @PathVariable String month,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		YearMonth m = month(month);
		return RedirectOutcome.run(redirect, back(county, m), "pensions.roll.approved",
				() -> rolls.approve(county, m, version, user));
	}

	@GetMapping("/pensions/rolls/{county}/{month}.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable String county, @PathVariable String month,
			@AuthenticationPrincipal CurrentUser user) {
		YearMonth m = month(month);
		String name = countyName(county);
		return Attachment.xlsx(name + m + "抚恤发放花名册.xlsx", rolls.workbook(county, m, name, user));
	}

	@GetMapping("/pensions/rolls/{county}/{month}/bank-file.csv")
	ResponseEntity<byte[]> bankFile(@PathVariable String county, @PathVariable String month,
			@AuthenticationPrincipal CurrentUser user) {
		YearMonth m = month(month);
		RollFiles.BankBatch batch = files.bankFile(county, m, user);
		return Attachment.named(countyName(county) + m + "抚恤金银行代发.csv", CSV).body(batch.csv());
	}

	@GetMapping("/pensions/rolls/{county}/{month}/summary.docx")
	ResponseEntity<byte[]> summary(@PathVariable String county, @PathVariable String month,
			@AuthenticationPrincipal CurrentUser user) {
		YearMonth m = month(month);
		String name = countyName(county);
		return Attachment.docx(name + m + "抚恤补助金发放汇总表.docx", files.summary(county, m, name, user));
	}

	/**
	 * A file asked of a roll not yet approved (or another clash): the Chinese 409 page saying why, nothing generated.
	 */
	@ExceptionHandler(ConflictException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(ConflictException e, Model model) {
		model.addAttribute("status", 409);
		model.addAttribute("message", e.getMessage());
		return "error";
	}

	private String countyName(String county) {
		return county.matches("\\d{6}") ? directory.region(new RegionCode(county)).map(Region::name).orElse(county)
				: county;
	}

	private static String back(String county, YearMonth month) {
		return "/pensions/rolls?region=" + county + "&month=" + month;
	}

	private YearMonth month(String text) {
		if (text == null || text.isBlank()) {
			return YearMonth.from(clock.today());
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("月份应为年月，如 2020-09，「" + text.strip() + "」不符合");
		}
	}

	private static String ownCounty(CurrentUser user) {
		String own = user.regionCode();
		return own != null && RegionLevel.ofCode(own) == RegionLevel.COUNTY ? own : null;
	}
}
