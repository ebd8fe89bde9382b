package cn.shuangyong.beneficiaries;

import java.util.List;

import cn.shuangyong.privacy.IdNumber;
import cn.shuangyong.privacy.PhoneNumber;

/** A person whose every field passed the rules, normalised, with the warnings to show (not to refuse on). */
record CheckedPerson(String name, String nameKey, IdNumber idNumber, PhoneNumber phone, String address,
		BankAccount bank, List<String> categories, Integer disabilityGrade, Residence residence, List<String> warnings) {

	@Override
	public String toString() {
		return "CheckedPerson[" + idNumber + "]";
	}
}
