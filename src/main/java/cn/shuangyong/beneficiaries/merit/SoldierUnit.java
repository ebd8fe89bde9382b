package cn.shuangyong.beneficiaries.merit;

import java.text.Normalizer;
import java.util.regex.Pattern;

import cn.shuangyong.shared.InvalidInputException;

/**
 * The soldier's unit by its public name only (楚雄军分区, 某部, 武警云南省总队). A unit designation (番号: 31668部队,
 * 第十四集团军, 某师某团 with numbers) is military data this platform must not keep (ARCHITECTURE: Military data).
 */
public record SoldierUnit(String name) {

	private static final Pattern DESIGNATION = Pattern.compile(
			".*(\\d|[一二三四五六七八九十百零〇]+(集团军|师|旅|团|营|连|排|支队|大队|中队)|番号|部队代号).*");

	public SoldierUnit {
		name = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
		if (name.isEmpty()) {
			throw new InvalidInputException("请填写军人所在单位的公开名称（如“某部”“楚雄军分区”）");
		}
		if (name.length() > 100) {
			throw new InvalidInputException("所在单位不能超过 100 字");
		}
		if (DESIGNATION.matcher(name).matches()) {
			throw new InvalidInputException("所在单位只填公开名称（如“某部”“楚雄军分区”），不得填写部队番号、代号或编制序列");
		}
	}
}
