## Content: references, CERT reports, adverse events (issue 10)

diag-doi-unchecked = the DOI of '{ $id }' was not checked against a record (checked = "{ $checked }")
diag-doi-unchecked-help = look the DOI up (doi.org, PubMed or the publisher), then write checked = "doi"; remove a DOI you cannot confirm

references-title = { $count ->
    [one] One reference
   *[other] { $count } references
}
references-cited-by = Cited by: { $list }
references-not-cited = Not cited: background reading
references-checked = Checked against a record: { $checked ->
    [doi] DOI and title
    [title] title and source
   *[other] not checked
}
references-cited-by-title = What { $id } cites:
references-no-such-item = No exercise, program or education card is called '{ $id }'.
references-none = { $id } cites no references.

## The plain coach: the keys for yes and no (the full-screen coach uses the same)
plain-yes-no-keys = [y/n]
