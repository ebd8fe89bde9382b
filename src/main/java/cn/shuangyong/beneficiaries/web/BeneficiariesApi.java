package cn.shuangyong.beneficiaries.web;

import java.util.List;

import cn.shuangyong.beneficiaries.BeneficiaryFilter;
import cn.shuangyong.beneficiaries.BeneficiaryStats;
import cn.shuangyong.beneficiaries.Beneficiaries;
import cn.shuangyong.beneficiaries.Disclosure;
import cn.shuangyong.beneficiaries.PersonRecord;
import cn.shuangyong.beneficiaries.PersonalField;
import cn.shuangyong.beneficiaries.Registry;
import cn.shuangyong.beneficiaries.HonoursCoverage;
import cn.shuangyong.beneficiaries.RegistryStats;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * People as JSON, always within the caller's data scope (another county's person answers 404) and masked; one value
 * in plaintext only through the reveal call, with a reason. Responses are not to be cached.
 */
@RestController
@RequestMapping("/api/v1/beneficiaries")
@Tag(name = "优抚对象", description = "优抚对象名册：列表、统计、详情（脱敏）与查看明文")
class BeneficiariesApi {

	private final Beneficiaries beneficiaries;

	private final RegistryStats stats;

	private final Registry registry;

	private final Disclosure disclosure;

	private final HonoursCoverage honours;

	BeneficiariesApi(Beneficiaries beneficiaries, RegistryStats stats, Registry registry, Disclosure disclosure,
			HonoursCoverage honours) {
		this.honours = honours;
		this.beneficiaries = beneficiaries;
		this.stats = stats;
		this.registry = registry;
		this.disclosure = disclosure;
	}

	@Operation(summary = "优抚对象列表（脱敏）", description = "category 可为类别代码（如 VETERAN）或中文名称（如 退役军人）；page 从 0 起。"
			+ "姓名和身份证号不写在网址中（否则 400）：按姓名或身份证号查询请用 POST /search 的请求体")
	@GetMapping
	ListPage<PersonJson> list(@RequestParam(required = false) String region,
			@RequestParam(required = false) String category, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user,
			jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) {
		PersonInUrl.refuse(request);
		return page(new BeneficiaryFilter(region, category, null, null), Paging.of(page, size), user, response);
	}

	@Operation(summary = "查询优抚对象（脱敏），可按身份证号",
			description = "身份证号只在请求体中传递，不写在网址中；其余条件同列表，page 从 0 起")
	@PostMapping("/search")
	ListPage<PersonJson> search(@RequestBody SearchJson search, @AuthenticationPrincipal CurrentUser user,
			jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) {
		PersonInUrl.refuse(request);
		return page(new BeneficiaryFilter(search.region(), search.category(), search.name(), search.idNumber()),
				Paging.of(search.page(), search.size()), user, response);
	}

	private ListPage<PersonJson> page(BeneficiaryFilter filter, Paging paging, CurrentUser user,
			HttpServletResponse response) {
		noStore(response);
		return beneficiaries.search(filter, paging, user).map(PersonJson::of);
	}

	/** A search as the API takes it: the ID number in the body, never in the URL. */
	record SearchJson(String region, String category, String name, String idNumber, Integer page, Integer size) {

		@Override
		public String toString() {
			return "SearchJson[" + new BeneficiaryFilter(region, category, name, idNumber) + "]";
		}
	}

	@Operation(summary = "按类别与区划统计，及光荣牌、走访慰问覆盖率",
			description = "类别按业务日期施行的类别集合计数（2019 年的复员军人计入 2024 年的退役军人）；"
					+ "plaqueCoverage 为应挂光荣牌户数与已挂户数，visitCoverage 为本区划涉及的各走访慰问活动的对象数与已走访数")
	@GetMapping("/stats")
	StatsJson stats(@RequestParam(required = false) String region, @AuthenticationPrincipal CurrentUser user) {
		BeneficiaryStats counts = stats.of(region, user);
		HonoursCoverage.Coverage coverage = honours.of(counts.region());
		return new StatsJson(counts, coverage.plaqueCoverage(), coverage.visitCoverage());
	}

	/** The counts, with the coverage of plaques and visits in the same region. */
	record StatsJson(@com.fasterxml.jackson.annotation.JsonUnwrapped BeneficiaryStats counts,
			HonoursCoverage.PlaqueCoverage plaqueCoverage, List<HonoursCoverage.VisitCoverage> visitCoverage) {
	}

	@Operation(summary = "单个优抚对象（脱敏）")
	@GetMapping("/{id}")
	PersonJson person(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response) {
		noStore(response);
		PersonRecord person = registry.person(id, user);
		disclosure.viewed(person, user);
		return PersonJson.of(person);
	}

	@Operation(summary = "查看一项个人信息明文（须写明事由，记入审计）", description = "field 为 ID_NUMBER、PHONE、ADDRESS 或 BANK_ACCOUNT")
	@PostMapping("/{id}/reveal")
	RevealedJson reveal(@PathVariable long id, @RequestBody RevealJson request,
			@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) {
		noStore(response);
		PersonalField field = field(request.field());
		return new RevealedJson(field.name(), disclosure.reveal(id, field, request.reason(), user));
	}

	static PersonalField field(String text) {
		try {
			return PersonalField.valueOf(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("field 只能是 ID_NUMBER、PHONE、ADDRESS 或 BANK_ACCOUNT");
		}
	}

	static void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
	}

	record PersonJson(long id, long householdId, boolean householdHead, String name, String sex,
			String idNumber, String phone, String address, String bankAccount, List<String> categories,
			Integer disabilityGrade, String regionCode, Long stationUnitId, int version) {

		static PersonJson of(PersonRecord p) {
			return new PersonJson(p.id(), p.householdId(), p.householdHead(), p.name(), p.sex().label(),
					p.idMasked(), p.phoneMasked(), p.addressMasked(), p.bankMasked(), p.categories(),
					p.disabilityGrade(), p.regionCode(), p.stationUnitId(), p.version());
		}
	}

	record RevealJson(String field, String reason) {
	}

	record RevealedJson(String field, String value) {
	}
}
