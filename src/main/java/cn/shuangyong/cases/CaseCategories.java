package cn.shuangyong.cases;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case categories as data: everyone who reads cases sees them; the provincial office adds one, or retires one
 * (compared on the version read). A retired category still names the cases filed under it but is not offered at intake.
 */
@Service
public class CaseCategories {

	/** A category as its page shows it. */
	public record Category(String code, String label, int position, boolean active, int version) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	CaseCategories(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Every category, offered or retired, in their order. */
	public List<Category> all(CurrentUser by) {
		by.require(Permission.WORK_READ);
		return jdbc.sql("select code, label, position, active, version from cases.category order by position, code")
			.query((rs, n) -> new Category(rs.getString("code"), rs.getString("label"), rs.getInt("position"),
					rs.getBoolean("active"), rs.getInt("version")))
			.list();
	}

	public boolean mayManage(CurrentUser by) {
		return by.can(Permission.PLANS_PUBLISH) && by.regionLevel() == RegionLevel.PROVINCE;
	}

	@Transactional
	public void add(String code, String label, CurrentUser by) {
		requireManager(by);
		List<String> problems = new ArrayList<>();
		String key = code == null ? "" : code.strip().toUpperCase();
		if (!key.matches("[A-Z][A-Z0-9_]{1,29}")) {
			problems.add("类别代码：须为 2 至 30 位英文大写字母、数字或下划线，以字母开头");
		}
		String name = FreeText.fits(label, 50) ? FreeText.clean(label) : null;
		if (name == null) {
			problems.add("类别名称：请填写，不超过 50 字");
		}
		if (problems.isEmpty()) {
			if (jdbc.sql("select count(*) from cases.category where code = ?").param(key).query(Long.class).single() > 0) {
				problems.add("类别代码：" + key + " 已存在");
			}
			if (jdbc.sql("select count(*) from cases.category where label = ? and active").param(name).query(Long.class)
				.single() > 0) {
				problems.add("类别名称：“" + name + "”已存在");
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		jdbc.sql("""
				insert into cases.category (code, label, position)
				values (?, ?, (select coalesce(max(position), 0) + 1 from cases.category))""").params(key, name).update();
		audit.record(by, "CASE_CATEGORY_ADDED", AuditTarget.of("CASE_CATEGORY", key), name);
	}

	@Transactional
	public void retire(String code, Integer version, CurrentUser by) {
		requireManager(by);
		if (version == null) {
			throw new InvalidInputException("版本号：请刷新页面后重试");
		}
		Category category = jdbc.sql("select code, label, position, active, version from cases.category where code = ?")
			.param(code)
			.query((rs, n) -> new Category(rs.getString("code"), rs.getString("label"), rs.getInt("position"),
					rs.getBoolean("active"), rs.getInt("version")))
			.optional().orElseThrow(() -> new NotFoundException("案件类别不存在"));
		if (!category.active()) {
			throw new ConflictException("案件类别：“" + category.label() + "”已停用");
		}
		if (jdbc.sql("select count(*) from cases.category where active").query(Long.class).single() <= 1) {
			throw new ConflictException("案件类别：须至少保留一个可选类别");
		}
		int updated = jdbc.sql("""
				update cases.category set active = false, version = version + 1
				where code = ? and version = ? and active""").params(code, version).update();
		if (updated == 0) {
			throw new ConflictException("案件类别已被他人修改，请刷新后重试");
		}
		audit.record(by, "CASE_CATEGORY_RETIRED", AuditTarget.of("CASE_CATEGORY", code), category.label());
	}

	private void requireManager(CurrentUser by) {
		if (!mayManage(by)) {
			throw new AccessDeniedException("只有省级双拥办可以维护案件类别");
		}
	}
}
