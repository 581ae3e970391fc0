-- Each entry's scores before and after controls, stored so the register can filter and sort by
-- score in the database.

alter table risk_entry add column inherent_score integer default 9 not null;
alter table risk_entry add column residual_score integer default 9 not null;
alter table risk_entry_aud add column inherent_score integer;
alter table risk_entry_aud add column residual_score integer;

update risk_entry set
    inherent_score =
        (case inherent_likelihood when 'RARE' then 1 when 'UNLIKELY' then 2 when 'POSSIBLE' then 3
            when 'LIKELY' then 4 when 'ALMOST_CERTAIN' then 5 end)
        * (case inherent_impact when 'NEGLIGIBLE' then 1 when 'MINOR' then 2 when 'MODERATE' then 3
            when 'MAJOR' then 4 when 'SEVERE' then 5 end),
    residual_score =
        (case residual_likelihood when 'RARE' then 1 when 'UNLIKELY' then 2 when 'POSSIBLE' then 3
            when 'LIKELY' then 4 when 'ALMOST_CERTAIN' then 5 end)
        * (case residual_impact when 'NEGLIGIBLE' then 1 when 'MINOR' then 2 when 'MODERATE' then 3
            when 'MAJOR' then 4 when 'SEVERE' then 5 end);

-- A removal stores the entry's last values too; a revision without them keeps no score.
update risk_entry_aud set
    inherent_score =
        (case inherent_likelihood when 'RARE' then 1 when 'UNLIKELY' then 2 when 'POSSIBLE' then 3
            when 'LIKELY' then 4 when 'ALMOST_CERTAIN' then 5 end)
        * (case inherent_impact when 'NEGLIGIBLE' then 1 when 'MINOR' then 2 when 'MODERATE' then 3
            when 'MAJOR' then 4 when 'SEVERE' then 5 end),
    residual_score =
        (case residual_likelihood when 'RARE' then 1 when 'UNLIKELY' then 2 when 'POSSIBLE' then 3
            when 'LIKELY' then 4 when 'ALMOST_CERTAIN' then 5 end)
        * (case residual_impact when 'NEGLIGIBLE' then 1 when 'MINOR' then 2 when 'MODERATE' then 3
            when 'MAJOR' then 4 when 'SEVERE' then 5 end);

-- The defaults only filled the existing rows; every new entry states its scores.
alter table risk_entry alter column inherent_score drop default;
alter table risk_entry alter column residual_score drop default;

create index risk_entry_residual_score on risk_entry (partnership_id, residual_score);
