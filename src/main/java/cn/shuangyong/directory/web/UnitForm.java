package cn.shuangyong.directory.web;

import cn.shuangyong.directory.UnitChange;
import cn.shuangyong.directory.UnitDetails;
import cn.shuangyong.directory.UnitKind;

/** The unit form as submitted. */
record UnitForm(String name, String shortName, UnitKind kind, String address, String phone, Integer version) {

	static UnitForm of(UnitDetails d) {
		return new UnitForm(d.unit().name(), d.unit().shortName(), d.unit().kind(), d.address(), d.phone(), d.version());
	}

	UnitChange change() {
		return new UnitChange(name, shortName, kind, address, phone);
	}
}
