package cn.shuangyong.accounts;


import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** Finds the one unit an administrator means by a name, short name or alias, within their scope. */
@Component
public class UnitChoice {

	private final Directory directory;

	UnitChoice(Directory directory) {
		this.directory = directory;
	}

	public Unit resolve(String name, CurrentUser by, String where) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException(where + "单位不能为空");
		}
		Directory.UnitLookup lookup = directory.lookUp(name, u -> by.covers(u.regionCode().value()));
		if (lookup.unit().isPresent()) {
			return lookup.unit().get();
		}
		throw new InvalidInputException(lookup.matches().isEmpty()
				? where + "在您的管理范围内找不到单位“" + name.strip() + "”"
				: where + "“" + name.strip() + "”对应多个单位，请填写单位全称");
	}
}
