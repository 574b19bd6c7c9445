package cn.gov.agency.meeting.hospitality;

/** A designated caterer (定点餐饮单位) or hotel (定点酒店) of processes/designated-suppliers.yaml. */
public record DesignatedSupplier(String code, String name, String agreementNumber, String address) {}
