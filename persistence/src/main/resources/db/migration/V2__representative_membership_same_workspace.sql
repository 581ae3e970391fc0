-- A representative's membership must belong to the representative's own workspace: the database
-- refuses a row that links across workspaces, whatever the code does.
alter table membership add constraint membership_id_workspace unique (id, partnership_id);
alter table representative add constraint representative_membership_same_workspace
    foreign key (membership_id, partnership_id) references membership (id, partnership_id);
