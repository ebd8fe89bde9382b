package cn.shuangyong.pensions.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.shuangyong.pensions.accounts.NewAccount;
import cn.shuangyong.pensions.accounts.PensionAccount;
import cn.shuangyong.pensions.accounts.PensionAccounts;
import cn.shuangyong.pensions.rolls.PaymentRoll;
import cn.shuangyong.pensions.rolls.PaymentRolls;
import cn.shuangyong.pensions.rolls.RollLine;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.web.SeenVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Pension accounts and a county's monthly payment rolls as JSON. */
@RestController
@RequestMapping("/api/v1/pensions")
@Tag(name = "抚恤发放", description = "抚恤账户和县级每月发放花名册：生成、审批")
class PensionRollsApi {

	private final PensionAccounts accounts;

	private final PaymentRolls rolls;

	PensionRollsApi(PensionAccounts accounts, PaymentRolls rolls) {
		this.accounts = accounts;
		this.rolls = rolls;
	}

	@Operation(summary = "开立抚恤账户（县级双拥办）", description = "残疾抚恤填 grade（1–10）和 nature（IN_BATTLE、ON_DUTY、ILLNESS）；"
			+ "定期抚恤金和定期生活补助填 category（农村籍老义务兵另填 yearsServed）；firstMonth 为起发月份（YYYY-MM）；"
			+ "settledThrough 为接管前已发放至的月份（可空）；basis 为依据（审批表或证件号）")
	@PostMapping("/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	AccountJson open(@RequestBody AccountRequest body, @AuthenticationPrincipal CurrentUser user) {
		if (body == null) {
			throw new InvalidInputException("请在请求体中给出抚恤账户（JSON）");
		}
		return json(accounts.open(NewAccount.of(body.personId(), body.grade(), body.nature(), body.category(),
				body.yearsServed(), body.firstMonth(), body.settledThrough(), body.basis()), user));
	}

	@Operation(summary = "某县某月的发放花名册", description = "region 为县级行政区划代码，month 为 YYYY-MM；totals 合计全部行，"
			+ "total = regular + arrears − recovered；lines 分页，" + Paging.API_DESCRIPTION)
	@GetMapping("/rolls")
	RollJson roll(@RequestParam String region, @RequestParam String month, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user) {
		PaymentRolls.RollPage found = rolls.find(region, month(month), Paging.of(page, size), user);
		return json(found.roll(), found.lines().map(PensionRollsApi::json));
	}

	@Operation(summary = "生成（或重新生成）花名册（县级双拥办）", description = "已审批的花名册不能重新生成")
	@PostMapping("/rolls/{region}/{month}/generation")
	RollJson generate(@PathVariable String region, @PathVariable String month,
			@AuthenticationPrincipal CurrentUser user) {
		rolls.generate(region, month(month), user);
		PaymentRolls.RollPage found = rolls.find(region, month(month), Paging.first(), user);
		return json(found.roll(), found.lines().map(PensionRollsApi::json));
	}

	@Operation(summary = "审批花名册（县级双拥办）", description = "须带上读取花名册时的版本号（If-Match 头或 version 参数）；"
			+ "审批后该月不再变动，更正在以后月份补发或扣回")
	@PostMapping("/rolls/{region}/{month}/approval")
	RollJson approve(@PathVariable String region, @PathVariable String month,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user) {
		PaymentRoll roll = rolls.approve(region, month(month), SeenVersion.required(ifMatch, version, "花名册"), user);
		return json(roll, rolls.find(region, roll.month(), Paging.first(), user).lines().map(PensionRollsApi::json));
	}

	private static YearMonth month(String text) {
		try {
			return YearMonth.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("month 应为年月，如 2020-09，「" + text + "」不符合");
		}
	}

	private static AccountJson json(PensionAccount a) {
		var e = a.entitlement();
		return new AccountJson(a.id(), a.personId(), a.countyCode(), e.grade(), e.nature() == null ? null : e.nature().name(),
				e.nature() == null ? null : e.nature().chinese(), e.category() == null ? null : e.category().name(),
				e.category() == null ? null : e.category().chinese(), e.yearsServed(), e.label(), a.firstMonth().toString(),
				a.settledThrough() == null ? null : a.settledThrough().toString(), a.basis(), a.version());
	}

	private static RollJson json(PaymentRoll roll, ListPage<LineJson> lines) {
		var t = roll.totals();
		return new RollJson(roll.countyCode(), roll.month().toString(), roll.status().name(), roll.status().chinese(),
				new TotalsJson(t.regular(), t.arrears(), t.recovered(), t.total()), lines, roll.version());
	}

	private static LineJson json(RollLine line) {
		return new LineJson(line.accountId(), line.person(), line.entitlement(), line.regular(), line.arrears(),
				line.recovered(), line.total(), line.stillOwed(), line.missing());
	}

	record AccountRequest(Long personId, Integer grade, String nature, String category, Integer yearsServed,
			String firstMonth, String settledThrough, String basis) {
	}

	record AccountJson(long id, long personId, String countyCode, Integer grade, String nature, String natureLabel,
			String category, String categoryLabel, int yearsServed, String entitlementLabel, String firstMonth,
			String settledThrough, String basis, int version) {
	}

	record RollJson(String region, String month, String status, String statusLabel, TotalsJson totals,
			ListPage<LineJson> lines, int version) {
	}

	record TotalsJson(BigDecimal regular, BigDecimal arrears, BigDecimal recovered, BigDecimal total) {
	}

	record LineJson(long account, String person, String kind, BigDecimal regular, BigDecimal arrears,
			BigDecimal recovered, BigDecimal total, BigDecimal stillOwed, String missingStandard) {
	}
}
