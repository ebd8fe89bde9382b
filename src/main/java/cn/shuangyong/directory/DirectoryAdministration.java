package cn.shuangyong.directory;

import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators add and edit units, leading-group memberships and aliases. Everyone may read the directory, but only
 * holders of DIRECTORY_EDIT change it, and only inside their data scope: a 禄丰 administrator may not edit 昆明's
 * units (403, the unit being visible). Every change is audited in its own transaction.
 */
@Service
@Transactional
public class DirectoryAdministration {

	static final Permission EDIT = Permission.DIRECTORY_EDIT;

	private final JdbcClient jdbc;

	private final Directory directory;

	private final AuditTrail audit;

	DirectoryAdministration(JdbcClient jdbc, Directory directory, AuditTrail audit) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
	}

	/** Whether the user may change this unit; pages use it to show or hide the edit controls. */
	public static boolean mayEdit(CurrentUser user, Unit unit) {
		return user.can(EDIT) && user.covers(unit.regionCode().value());
	}

	public void update(UnitId id, int version, UnitChange change, CurrentUser by) {
		Unit unit = editable(id, by);
		check(change);
		int updated = jdbc.sql("""
				update directory.unit set name = :name, short_name = :short, kind = :kind, address = :address,
				  phone = :phone, version = version + 1, updated_at = now()
				where id = :id and version = :version""")
			.param("name", change.name().strip()).param("short", blankToNull(change.shortName()))
			.param("kind", change.kind().name()).param("address", blankToNull(change.address()))
			.param("phone", blankToNull(change.phone())).param("id", id.value()).param("version", version)
			.update();
		if (updated == 0) {
			throw new ConflictException("该单位已被他人修改，请刷新后重新编辑");
		}
		record(by, "UNIT_UPDATED", id, "修改单位：" + unit.name() + " → " + change.name().strip());
	}

	public UnitId add(RegionCode region, Long parentId, UnitChange change, CurrentUser by) {
		if (!by.can(EDIT) || !by.covers(region.value())) {
			throw new AccessDeniedException("无权在该区划新增单位");
		}
		directory.region(region).orElseThrow(() -> new InvalidInputException("行政区划代码不存在：" + region));
		check(change);
		try {
			long id = jdbc.sql("""
					insert into directory.unit (name, short_name, kind, region_code, parent_id, address, phone)
					values (:name, :short, :kind, :region, :parent, :address, :phone) returning id""")
				.param("name", change.name().strip()).param("short", blankToNull(change.shortName()))
				.param("kind", change.kind().name()).param("region", region.value()).param("parent", parentId)
				.param("address", blankToNull(change.address())).param("phone", blankToNull(change.phone()))
				.query(Long.class).single();
			record(by, "UNIT_CREATED", new UnitId(id), "新增单位：" + change.name().strip());
			return new UnitId(id);
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("该区划下已有同名单位：" + change.name().strip());
		}
	}

	/** Remembers a phrase as meaning this unit, within the editor's own region. */
	public void addAlias(UnitId id, String phrase, CurrentUser by) {
		editable(id, by);
		String key = PhraseResolver.normalize(phrase == null ? "" : phrase);
		if (key.isEmpty() || key.length() > 200) {
			throw new InvalidInputException("别名不能为空，且不超过 200 个字");
		}
		int added = jdbc.sql("""
				insert into directory.phrase (phrase, scope_region, unit_id, created_by) values (:p, :scope, :unit, :by)
				on conflict (phrase, scope_region) do nothing""")
			.param("p", key).param("scope", by.regionCode()).param("unit", id.value()).param("by", by.getUsername())
			.update();
		if (added == 0) {
			throw new ConflictException("“" + key + "”在本辖区已有含义，不能重复添加");
		}
		record(by, "ALIAS_ADDED", id, "添加别名：" + key);
	}

	/**
	 * Remembers what a phrase found in a document means, so it is mapped by hand only once: a unit, or a named
	 * group. It holds in the region the document was read in, or, where that lies above the user, in their own.
	 */
	public void remember(String phrase, RegionCode context, Long unitId, String groupCode, CurrentUser by) {
		if (!by.can(EDIT)) {
			throw new AccessDeniedException("无权指定单位写法的含义");
		}
		String key = PhraseResolver.normalize(phrase == null ? "" : phrase);
		if (key.isEmpty() || key.length() > 200) {
			throw new InvalidInputException("单位写法不能为空，且不超过 200 个字");
		}
		if ((unitId == null) == (groupCode == null || groupCode.isBlank())) {
			throw new InvalidInputException("请为“" + key + "”选择一个单位或一个单位组");
		}
		Long groupId = null;
		if (unitId != null) {
			directory.unit(new UnitId(unitId)).orElseThrow(() -> new InvalidInputException("所选单位不存在"));
		}
		else {
			groupId = jdbc.sql("select id from directory.unit_group where code = :c").param("c", groupCode)
				.query(Long.class).optional().orElseThrow(() -> new InvalidInputException("所选单位组不存在"));
		}
		String scope = by.covers(context.value()) ? context.value() : by.regionCode();
		jdbc.sql("""
				insert into directory.phrase (phrase, scope_region, unit_id, unit_group_id, created_by)
				values (:p, :scope, :unit, :group, :by)
				on conflict (phrase, scope_region) do update set unit_id = excluded.unit_id,
				  unit_group_id = excluded.unit_group_id, created_by = excluded.created_by, created_at = now()""")
			.param("p", key).param("scope", scope).param("unit", unitId).param("group", groupId)
			.param("by", by.getUsername()).update();
		audit.record(by, "PHRASE_MAPPED", AuditTarget.of("PHRASE", key),
				"指定单位写法“" + key + "”（适用区划 " + scope + "）为 " + (unitId != null ? "单位 #" + unitId : "单位组 " + groupCode));
	}

	public void removeAlias(UnitId id, long aliasId, CurrentUser by) {
		editable(id, by);
		String scope = jdbc.sql("select scope_region from directory.phrase where id = :a and unit_id = :u")
			.param("a", aliasId).param("u", id.value()).query(String.class).optional()
			.orElseThrow(() -> new NotFoundException("别名不存在"));
		if (!by.covers(scope)) {
			throw new AccessDeniedException("该别名由上级设定，无权删除");
		}
		jdbc.sql("delete from directory.phrase where id = :a").param("a", aliasId).update();
		record(by, "ALIAS_REMOVED", id, "删除别名 #" + aliasId);
	}

	/** Adds the unit to a leading group the editor's scope covers. */
	public void join(UnitId id, long groupId, CurrentUser by) {
		editable(id, by);
		groupInScope(groupId, by);
		jdbc.sql("""
				insert into directory.leading_group_member (leading_group_id, unit_id) values (:g, :u)
				on conflict do nothing""").param("g", groupId).param("u", id.value()).update();
		record(by, "MEMBERSHIP_ADDED", id, "加入领导小组 #" + groupId);
	}

	public void leave(UnitId id, long groupId, CurrentUser by) {
		editable(id, by);
		groupInScope(groupId, by);
		jdbc.sql("delete from directory.leading_group_member where leading_group_id = :g and unit_id = :u")
			.param("g", groupId).param("u", id.value()).update();
		record(by, "MEMBERSHIP_REMOVED", id, "退出领导小组 #" + groupId);
	}

	/**
	 * The leading groups an editor may put units in: those of their own region and below. There is at most one a
	 * region, so the choice is bounded by nature and not paged.
	 */
	@Transactional(readOnly = true)
	public List<UnitDetails.GroupRef> groupsInScope(CurrentUser by) {
		return by.scope().bind(jdbc.sql("""
				select id, name, region_code from directory.leading_group where region_code like :scope
				order by length(region_code), region_code, id"""))
			.query((rs, i) -> new UnitDetails.GroupRef(rs.getLong(1), rs.getString(2), new RegionCode(rs.getString(3))))
			.list();
	}

	private void groupInScope(long groupId, CurrentUser by) {
		String region = jdbc.sql("select region_code from directory.leading_group where id = :g").param("g", groupId)
			.query(String.class).optional().orElseThrow(() -> new NotFoundException("领导小组不存在"));
		if (!by.covers(region)) {
			throw new AccessDeniedException("无权调整该领导小组的成员");
		}
	}

	private Unit editable(UnitId id, CurrentUser by) {
		Unit unit = directory.unit(id).orElseThrow(() -> new NotFoundException("单位不存在"));
		if (!mayEdit(by, unit)) {
			throw new AccessDeniedException("无权修改该单位");
		}
		return unit;
	}

	private static void check(UnitChange change) {
		List<String> problems = change.problems();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private void record(CurrentUser by, String type, UnitId id, String detail) {
		audit.record(by, type, AuditTarget.of("UNIT", id.toString()), detail);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
