package se.samverkan.hospitals.model;

/** How a capacity report arrived. */
public enum ReportSource {
    API,
    EDXL_HAVE
}
