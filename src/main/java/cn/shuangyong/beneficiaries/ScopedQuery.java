package cn.shuangyong.beneficiaries;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.privacy.IdNumber;
import cn.shuangyong.privacy.LookupHash;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;

/**
 * A filter turned into a where clause over {@code beneficiaries.person p}, always inside the data scope: the one
 * place where lists, the API, search and exports get their rows, so none of them can leave the scope out. Values are
 * bound as parameters, never spliced into the text.
 */
record ScopedQuery(String where, Map<String, Object> params) {

	static ScopedQuery of(BeneficiaryFilter filter, String scopeRoot, CategoryCatalogue catalogue,
			LookupHash lookup, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder("p.region_code like :scope");
		new DataScope(region(filter.region(), scopeRoot)).bind(params);
		if (present(filter.category())) {
			Category category = catalogue.named(filter.category()).orElseThrow(() -> new InvalidInputException(
					"优抚类别“" + filter.category().strip() + "”不存在"));
			where.append(" and p.categories && cast(:categories as varchar[])");
			params.put("categories", counted(category, catalogue).toArray(String[]::new));
		}
		if (present(filter.name())) {
			where.append(" and p.name_key like :name");
			params.put("name", escape(PersonName.key(filter.name())) + "%");
		}
		if (present(filter.idNumber())) {
			IdNumber id = IdNumber.parse(filter.idNumber(), today).orElseThrow();
			where.append(" and p.id_lookup = :lookup");
			params.put("lookup", lookup.of(id.value()));
		}
		return new ScopedQuery(where.toString(), params);
	}

	/** The region to search: the filter's when inside the scope (or the scope itself); any other region, 404. */
	static String region(String filterRegion, String scopeRoot) {
		if (!present(filterRegion)) {
			return scopeRoot;
		}
		RegionCode code;
		try {
			code = RegionCode.of(filterRegion);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("行政区划代码“" + filterRegion.strip() + "”格式不对");
		}
		if (code.value().startsWith(scopeRoot)) {
			return code.value();
		}
		throw new NotFoundException("行政区划 " + code + " 不在您的数据范围内");
	}

	static String region(String filterRegion, CurrentUser user) {
		return region(filterRegion, user.regionCode());
	}

	/** The category and every older one whose successors lead to it (2024 退役军人 finds 2019 复员军人 and 退伍军人). */
	static Set<String> counted(Category category, CategoryCatalogue catalogue) {
		Set<String> codes = new LinkedHashSet<>();
		codes.add(category.code());
		for (Category older : catalogue.all()) {
			for (Category c = older; c.successor() != null; c = catalogue.byCode(c.successor()).orElseThrow()) {
				if (c.successor().equals(category.code())) {
					codes.add(older.code());
				}
			}
		}
		return codes;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
