package cn.shuangyong.beneficiaries;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.RegionCode;

/**
 * The columns of a people export. Personal data is masked as on screen (security requirements F2); region names are
 * looked up once per region.
 */
final class ExportColumns {

	static final List<String> TITLES = List.of("记录号", "姓名", "性别", "公民身份号码（脱敏）", "优抚类别", "伤残等级",
			"行政区划代码", "行政区划", "联系电话（脱敏）", "现住址（脱敏）", "银行账号（脱敏）");

	private final Directory directory;

	private final CategoryCatalogue catalogue;

	private final Map<String, String> regionNames = new HashMap<>();

	ExportColumns(Directory directory, CategoryCatalogue catalogue) {
		this.directory = directory;
		this.catalogue = catalogue;
	}

	List<String> cells(PersonRecord p) {
		return List.of(String.valueOf(p.id()), p.name(), p.sex().label(), p.idMasked(), labels(p.categories()),
				p.disabilityGrade() == null ? "" : p.disabilityGrade() + "级", p.regionCode(), regionName(p.regionCode()),
				nullToEmpty(p.phoneMasked()), nullToEmpty(p.addressMasked()), nullToEmpty(p.bankMasked()));
	}

	private String labels(List<String> codes) {
		return String.join("、", codes.stream().map(c -> catalogue.byCode(c).map(Category::label).orElse(c)).toList());
	}

	private String regionName(String code) {
		return regionNames.computeIfAbsent(code, c -> String.join("", directory.lineage(new RegionCode(c)).stream()
			.skip(1).map(r -> r.name()).toList()));
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
