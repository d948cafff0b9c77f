INSERT INTO materials (name, formula) VALUES ('methylammonium lead iodide', 'CH3NH3PbI3');
