export const FIRST_NAMES = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth',
  'William', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Carlos', 'Karen',
  'Daniel', 'Lisa', 'Matthew', 'Nancy', 'Anthony', 'Sandra', 'Mark', 'Ashley', 'Paul', 'Emily',
  'Steven', 'Michelle', 'Andrew', 'Amanda', 'Kenneth', 'Melissa', 'Lukas', 'Hannah', 'Felix', 'Lea',
  'Jonas', 'Anna', 'Pierre', 'Camille', 'Hugo', 'Chloé', 'Giulia', 'Marco', 'Sofia', 'Mateo',
  'Priya', 'Arjun', 'Yuki', 'Haruto', 'Wei', 'Mei', 'Olga', 'Ivan', 'Fatima', 'Omar',
] as const;

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Dubois', 'Lefèvre',
  'Moreau', 'Laurent', 'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Patel', 'Sharma', 'Tanaka',
  'Suzuki', 'Chen', 'Wang', "O'Brien", 'Murphy', 'Kowalski', 'Nowak', 'Ivanova', 'Haddad', 'Nguyen',
] as const;

export const COMPANY_STEMS = [
  'Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Wingtip', 'Adventure Works', 'Blue Yonder', 'Coho',
  'Litware', 'Proseware', 'Lucerne', 'Humongous', 'Alpine Ski', 'Fourth Coffee', 'Margie', 'Trey',
  'Woodgrove', 'Southridge', 'Graphic Design', 'Wide World', 'Bellows', 'Cascade', 'Redwood', 'Summit',
  'Harbor', 'Keystone', 'Lakeside', 'Meridian', 'Pinnacle', 'Riverbend', 'Silverline', 'Starlight',
] as const;

export const COMPANY_SUFFIXES = [
  'Inc.', 'LLC', 'Ltd', 'GmbH', 'SARL', 'S.p.A.', 'Group', 'Partners', 'Logistics', 'Labs',
  'Systems', 'Consulting', 'Holdings', 'Traders', 'Media', 'Health',
] as const;

export const TITLES = [
  'CEO', 'CTO', 'Head of Sales', 'Office Manager', 'Purchasing Manager', 'IT Director', 'Marketing Lead',
  'Operations Manager', 'Account Executive', 'Customer Success Manager', 'CFO', 'Procurement Officer',
] as const;

export const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example.com'] as const;
